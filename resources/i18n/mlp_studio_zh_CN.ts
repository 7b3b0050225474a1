<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>mlp_studio</name>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="19" />
            <source>σ(z) = 1 / (1 + e^−z)</source>
            <translation>σ(z) = 1 / (1 + e^−z)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="19" />
            <source>σ′(z) = σ(z)·(1 − σ(z)) ≤ 0.25</source>
            <translation>σ′(z) = σ(z)·(1 − σ(z)) ≤ 0.25</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="20" />
            <source>Squashes to (0, 1), so an output unit reads as a probability (binary classification). Its slope is at most 0.25 and almost 0 for |z| &gt; 5 (saturation): in a deep stack of sigmoids the gradients shrink layer after layer (vanishing gradients). Outputs are not zero-centred.</source>
            <translation>把输出压缩到 (0, 1) 之间，所以输出单元可以读作概率（二分类）。它的斜率最大为 0.25，|z| &gt; 5 时几乎为 0（饱和）：在由许多 sigmoid 层堆叠的深层网络中，梯度逐层变小（梯度消失）。输出不以零为中心。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="23" />
            <source>tanh(z) = (e^z − e^−z) / (e^z + e^−z)</source>
            <translation>tanh(z) = (e^z − e^−z) / (e^z + e^−z)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="23" />
            <source>tanh′(z) = 1 − tanh²(z) ≤ 1</source>
            <translation>tanh′(z) = 1 − tanh²(z) ≤ 1</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="24" />
            <source>Zero-centred version of the sigmoid, range (−1, 1), slope up to 1: usually trains faster than sigmoid in hidden layers, but it saturates too for large |z|.</source>
            <translation>以零为中心的 sigmoid，取值范围 (−1, 1)，斜率最大为 1：用在隐藏层时通常比 sigmoid 训练得更快，但 |z| 很大时同样会饱和。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="26" />
            <source>relu(z) = max(0, z)</source>
            <translation>relu(z) = max(0, z)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="26" />
            <source>relu′(z) = 1 if z &gt; 0, else 0</source>
            <translation>relu′(z) = 1（z &gt; 0 时），否则为 0</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="27" />
            <source>Cheap and fast to train, does not saturate for z &gt; 0, gives sparse activations: the default for hidden layers. A unit whose z stays negative for every sample outputs 0 and gets no gradient (a dead ReLU); a too-large learning rate makes this more likely.</source>
            <translation>计算简单、训练快，z &gt; 0 时不会饱和，激活值稀疏：隐藏层的默认选择。如果某个单元对所有样本的 z 都是负数，它就一直输出 0，也得不到梯度（“死亡 ReLU”）；学习率过大时更容易出现这种情况。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="30" />
            <source>leaky_relu(z) = z if z &gt; 0, else 0.01·z</source>
            <translation>leaky_relu(z) = z（z &gt; 0 时），否则为 0.01·z</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="30" />
            <source>leaky_relu′(z) = 1 if z &gt; 0, else 0.01</source>
            <translation>leaky_relu′(z) = 1（z &gt; 0 时），否则为 0.01</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="31" />
            <source>Like ReLU, but a small slope for z &lt; 0 keeps a gradient flowing, so units cannot die.</source>
            <translation>与 ReLU 类似，但 z &lt; 0 时保留一个很小的斜率，让梯度继续流动，所以单元不会“死亡”。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="32" />
            <source>linear(z) = z</source>
            <translation>linear(z) = z</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="32" />
            <source>linear′(z) = 1</source>
            <translation>linear′(z) = 1</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="33" />
            <source>No squashing: the output layer for regression (any real value). In hidden layers it adds no non-linearity — a stack of linear layers is still one linear map.</source>
            <translation>不做压缩：用作回归的输出层（可取任意实数）。用在隐藏层时不引入任何非线性——多个线性层叠在一起仍然只是一个线性映射。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="35" />
            <source>softmax(z)ₖ = e^zₖ / Σⱼ e^zⱼ</source>
            <translation>softmax(z)ₖ = e^zₖ / Σⱼ e^zⱼ</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="35" />
            <source>∂aₖ/∂zₖ = aₖ·(1 − aₖ)</source>
            <translation>∂aₖ/∂zₖ = aₖ·(1 − aₖ)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/activations_explorer.py" line="36" />
            <source>Output layer only, for several classes: turns the outputs into probabilities that sum to 1 (used with categorical cross-entropy).</source>
            <translation>只用于输出层，适合多分类：把各个输出变成和为 1 的概率（与分类交叉熵一起使用）。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/compare.py" line="159" />
            <source>{field} = {value}</source>
            <translation>{field} = {value}</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain.py" line="218" />
            <source>the sample does not fit the network: {x} inputs and {y} targets for a {n}-input, {m}-output network</source>
            <translation>样本与网络不匹配：样本有 {x} 个输入和 {y} 个目标值，而网络有 {n} 个输入、{m} 个输出</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain.py" line="254" />
            <source>This explanation uses plain SGD (w ← w − α·∂L/∂w) on one sample; training with {name} scales and accumulates the steps differently.</source>
            <translation>这里的讲解在一个样本上使用普通的随机梯度下降（w ← w − α·∂L/∂w）；用 {name} 训练时，每一步的缩放和累积方式有所不同。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain.py" line="365" />
            <source>the network changed since this step was explained; explain it again</source>
            <translation>讲解这一步之后网络已经改变；请重新讲解</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="24" />
            <source>a·(1 − a)</source>
            <translation>a·(1 − a)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="25" />
            <source>1 − a²</source>
            <translation>1 − a²</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="26" />
            <source>1 if z &gt; 0, else 0</source>
            <translation>1（z &gt; 0 时），否则为 0</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="27" />
            <source>1 if z &gt; 0, else 0.01</source>
            <translation>1（z &gt; 0 时），否则为 0.01</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="28" />
            <source>1</source>
            <translation>1</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="34" />
            <source>f′(z)</source>
            <translation>f′(z)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="58" />
            <source>(over all outputs)</source>
            <translation>（对所有输出）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="66" />
            <source>Forward, layer {n} ({act})</source>
            <translation>前向传播，第 {n} 层（{act}）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="67" />
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="92" />
            <source>Neuron</source>
            <translation>神经元</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="110" />
            <source>with regularisation</source>
            <translation>加上正则化</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="118" />
            <source>Loss ({name})</source>
            <translation>损失（{name}）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="131" />
            <source>(the loss is computed from the logits, so f′ cancels)</source>
            <translation>（损失直接由 logits 计算，因此 f′ 被约掉）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="133" />
            <source>{d} = Σₖ (∂ŷₖ/∂z) · ∂L/∂ŷₖ (softmax couples the outputs) = {v}</source>
            <translation>{d} = Σₖ (∂ŷₖ/∂z) · ∂L/∂ŷₖ（softmax 把各个输出耦合在一起）= {v}</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="189" />
            <source>Backward, layer {n} ({act})</source>
            <translation>反向传播，第 {n} 层（{act}）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="211" />
            <source>Update (learning rate α = {lr})</source>
            <translation>更新（学习率 α = {lr}）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="214" />
            <source>Layer {n}</source>
            <translation>第 {n} 层</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="238" />
            <source>Forward: layer {n}</source>
            <translation>前向传播：第 {n} 层</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="240" />
            <source>Backward: layer {n}</source>
            <translation>反向传播：第 {n} 层</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="241" />
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/explain_text.py" line="241" />
            <source>Update</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/gradcheck_view.py" line="82" />
            <source>layer {layer} does not exist (the network has {n} layers)</source>
            <translation>第 {layer} 层不存在（网络共有 {n} 层）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/gradcheck_view.py" line="86" />
            <source>layer {layer} has no parameter {index}</source>
            <translation>第 {layer} 层没有第 {index} 个参数</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/gradcheck_view.py" line="144" />
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="52" />
            <source>finite difference</source>
            <translation>有限差分</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/gradcheck_view.py" line="146" />
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="51" />
            <source>backpropagation</source>
            <translation>反向传播</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/gradcheck_view.py" line="147" />
            <source>they agree</source>
            <translation>两者一致</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/gradcheck_view.py" line="147" />
            <source>they differ</source>
            <translation>两者不一致</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/gradcheck_view.py" line="148" />
            <source>relative error</source>
            <translation>相对误差</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/teaching/gradcheck_view.py" line="149" />
            <source>cost of the whole gradient: backprop 1 forward + 1 backward pass; finite differences {n} forward passes (2 per parameter)</source>
            <translation>计算整个梯度的代价：反向传播需要 1 次前向传播 + 1 次反向传播；有限差分需要 {n} 次前向传播（每个参数 2 次）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="65" />
            <source>LESSON</source>
            <translation>课程</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="84" />
            <source>&amp;Presentation mode</source>
            <translation>演示模式(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="84" />
            <source>Larger type, lines, points and neurons and high-contrast colours, for projectors</source>
            <translation>更大的文字、线条、数据点和神经元，以及高对比度配色，适合投影仪</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="86" />
            <source>Make everything larger</source>
            <translation>把所有内容放大</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="86" />
            <source>Zoom &amp;in</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="88" />
            <source>Make everything smaller</source>
            <translation>把所有内容缩小</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="88" />
            <source>Zoom &amp;out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="89" />
            <source>&amp;Actual size</source>
            <translation>实际大小(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="89" />
            <source>Undo the zoom</source>
            <translation>取消缩放</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="90" />
            <source>Lift the lesson's locks and show its hidden controls until another project is opened</source>
            <translation>解除课程的锁定并显示被隐藏的控件，直到打开另一个项目为止</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="90" />
            <source>Teacher: &amp;unlock all</source>
            <translation>教师：全部解锁(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="92" />
            <source>&amp;Start page</source>
            <translation>开始页(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="92" />
            <source>Lessons, recent files and a new network</source>
            <translation>课程、最近的文件和新建网络</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="93" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="93" />
            <source>Every shortcut of the window</source>
            <translation>窗口中的所有快捷键</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="94" />
            <source>&amp;About MLP Studio</source>
            <translation>关于 MLP Studio(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="94" />
            <source>Version, licence</source>
            <translation>版本、许可证</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="107" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="109" />
            <source>&amp;Lessons</source>
            <translation>课程(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="159" />
            <source>Cannot open this lesson</source>
            <translation>无法打开这个课程</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/classroom.py" line="214" />
            <source>Unlocked: every control can be changed until you open another project.</source>
            <translation>已解锁：在打开另一个项目之前，所有控件都可以修改。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/help_dialogs.py" line="16" />
            <source>Delete the selected hidden layer (canvas)</source>
            <translation>删除选中的隐藏层（画布）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/help_dialogs.py" line="17" />
            <source>Clear the canvas selection; close the start page</source>
            <translation>清除画布上的选择；关闭开始页</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/help_dialogs.py" line="18" />
            <source>Back / Next in the explained step</source>
            <translation>逐步讲解中的上一步 / 下一步</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/help_dialogs.py" line="23" />
            <source>&lt;h3&gt;MLP Studio {version}&lt;/h3&gt;&lt;p&gt;Design a multilayer perceptron by drag and drop, train it live, and watch it learn.&lt;/p&gt;&lt;p&gt;Licence: {licence}.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Works offline.&lt;/b&gt; MLP Studio never connects to the internet: lessons, examples and data sets ship with it, and your projects stay on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;MLP Studio {version}&lt;/h3&gt;&lt;p&gt;通过拖放设计多层感知器，实时训练，观察它如何学习。&lt;/p&gt;&lt;p&gt;许可证：{licence}。&lt;/p&gt;&lt;p&gt;&lt;b&gt;离线使用。&lt;/b&gt;MLP Studio 从不连接互联网：课程、示例和数据集都随软件提供，你的项目只保存在这台计算机上。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/help_dialogs.py" line="33" />
            <source>About MLP Studio</source>
            <translation>关于 MLP Studio</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/help_dialogs.py" line="58" />
            <source>Canvas</source>
            <translation>画布</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/help_dialogs.py" line="72" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/lesson_panel.py" line="45" />
            <source>&lt;b&gt;Try:&lt;/b&gt;</source>
            <translation>&lt;b&gt;试一试：&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/lesson_panel.py" line="82" />
            <source>Fixed in this lesson: {names}.</source>
            <translation>本课程中固定不变：{names}。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/lesson_panel.py" line="96" />
            <source>Load this variant (training starts again)</source>
            <translation>载入这个变体（训练重新开始）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="26" />
            <source>Locked by this lesson</source>
            <translation>已被本课程锁定</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="32" />
            <source>the data set</source>
            <translation>数据集</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="32" />
            <source>the input features</source>
            <translation>输入特征</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="32" />
            <source>the network's layers</source>
            <translation>网络的层</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="33" />
            <source>the activation functions</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="33" />
            <source>the loss</source>
            <translation>损失函数</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="33" />
            <source>the weight initialisation</source>
            <translation>权重初始化</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="34" />
            <source>the batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="34" />
            <source>the learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="34" />
            <source>the optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="35" />
            <source>the epoch limit</source>
            <translation>轮数上限</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="35" />
            <source>the regularisation</source>
            <translation>正则化</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="35" />
            <source>the seeds</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="36" />
            <source>the weights</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/locks.py" line="135" />
            <source>This lesson keeps {what} fixed (View ▸ Teacher: unlock all lifts it).</source>
            <translation>本课程固定了{what}（视图 ▸ 教师：全部解锁 可以解除）。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_bar.py" line="70" />
            <source>Paint</source>
            <translation>绘制</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_bar.py" line="70" />
            <source>Paint your own points on the plane: click adds one point, dragging brushes several; every stroke is one undo step</source>
            <translation>在平面上绘制你自己的数据点：单击添加一个点，拖动可一次画出多个点；每一笔都是一个撤销步骤</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_bar.py" line="77" />
            <source>Paint class {k}</source>
            <translation>绘制类别 {k}</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_bar.py" line="89" />
            <source>Brush size</source>
            <translation>画笔大小</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_bar.py" line="91" />
            <source>Erase</source>
            <translation>擦除</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_bar.py" line="91" />
            <source>Remove the points under the brush</source>
            <translation>删除画笔下的数据点</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_bar.py" line="92" />
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_bar.py" line="92" />
            <source>Remove every painted point and start from an empty plane</source>
            <translation>删除所有绘制的点，从空白平面重新开始</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_bar.py" line="117" />
            <source>Brush</source>
            <translation>画笔</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_tool.py" line="164" />
            <source>At most {n:,} painted points</source>
            <translation>最多只能绘制 {n:,} 个点</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_tool.py" line="171" />
            <source>Erase {n} point(s)</source>
            <translation>擦除 {n} 个点</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_tool.py" line="173" />
            <source>Paint a point of class {k}</source>
            <translation>绘制一个类别 {k} 的点</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_tool.py" line="174" />
            <source>Paint {n} points of class {k}</source>
            <translation>绘制 {n} 个类别 {k} 的点</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_tool.py" line="180" />
            <source>Clear painted points</source>
            <translation>清空绘制的点</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_tool.py" line="280" />
            <source>Empty plane: pick a colour and click or drag on the plot. Paint at least two classes.</source>
            <translation>平面是空的：选择一种颜色，在图上单击或拖动。至少绘制两个类别。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/paint_tool.py" line="281" />
            <source>Only class {k} so far: paint at least two classes to train.</source>
            <translation>目前只有类别 {k}：至少绘制两个类别才能训练。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/start_page.py" line="116" />
            <source>MLP Studio</source>
            <translation>MLP Studio</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/start_page.py" line="117" />
            <source>Build a small neural network, press Space, and watch it learn.</source>
            <translation>搭建一个小型神经网络，按下空格键，观察它如何学习。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/start_page.py" line="128" />
            <source>Show this page when MLP Studio starts</source>
            <translation>启动 MLP Studio 时显示此页</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/start_page.py" line="129" />
            <source>Esc closes this page · Help ▸ Start page brings it back</source>
            <translation>按 Esc 关闭此页 · 帮助 ▸ 开始页 可以重新打开</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/start_page.py" line="139" />
            <source>Start a lesson</source>
            <translation>开始一个课程</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/start_page.py" line="162" />
            <source>Start something new</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/start_page.py" line="164" />
            <source>A small network on the XOR data, ready to train</source>
            <translation>一个基于 XOR 数据的小型网络，可以直接训练</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/start_page.py" line="164" />
            <source>New network</source>
            <translation>新建网络</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/start_page.py" line="166" />
            <source>A saved project (.mlpstudio) or an experiment (.json)</source>
            <translation>已保存的项目（.mlpstudio）或实验文件（.json）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/start_page.py" line="166" />
            <source>Open…</source>
            <translation>打开…</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/start_page.py" line="168" />
            <source>Open example</source>
            <translation>打开示例</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/start_page.py" line="168" />
            <source>Ready-made experiments</source>
            <translation>现成的实验</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/start_page.py" line="180" />
            <source>Recent files</source>
            <translation>最近的文件</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/start_page.py" line="184" />
            <source>Nothing yet: files you open or save appear here.</source>
            <translation>这里还是空的：你打开或保存的文件会显示在这里。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/activations_dialog.py" line="32" />
            <source>Activation explorer</source>
            <translation>激活函数浏览器</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/activations_dialog.py" line="47" />
            <source>&lt;span style='color:{b}'&gt;━━ f(z)&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style='color:{o}'&gt;╍╍ f′(z), its slope: what backpropagation multiplies by&lt;/span&gt;</source>
            <translation>&lt;span style='color:{b}'&gt;━━ f(z)&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style='color:{o}'&gt;╍╍ f′(z)，即它的斜率：反向传播时要乘上的因子&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/activations_dialog.py" line="87" />
            <source>It maps a vector to a vector, so it has no single curve to draw.</source>
            <translation>它把一个向量映射为另一个向量，因此无法画成一条曲线。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="24" />
            <source>Hidden activation</source>
            <translation>隐藏层激活函数</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="24" />
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="24" />
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="25" />
            <source>Batch size (0 = full batch)</source>
            <translation>批大小（0 = 全批量）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="59" />
            <source>Compare runs</source>
            <translation>对比训练</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="63" />
            <source>Same data, same seeds, one setting changed. Press Run.</source>
            <translation>相同的数据、相同的随机种子，只改变一项设置。请按“运行”。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="79" />
            <source> epochs</source>
            <translation> 轮</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="80" />
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="218" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="84" />
            <source>Vary</source>
            <translation>改变</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="85" />
            <source>for</source>
            <translation>训练</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="94" />
            <source>Loss (train solid, test dashed)</source>
            <translation>损失（实线为训练集，虚线为测试集）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="95" />
            <source>epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="115" />
            <source>Boundaries are drawn for 2-D data sets only.</source>
            <translation>只有二维数据集才会绘制决策边界。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="152" />
            <source>Stopped.</source>
            <translation>已停止。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="163" />
            <source>Not a valid value: {e}</source>
            <translation>无效的值：{e}</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="170" />
            <source>Failed: {m}</source>
            <translation>失败：{m}</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="173" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="174" />
            <source>Training both runs…</source>
            <translation>正在训练两次运行…</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="195" />
            <source>diverged</source>
            <translation>发散</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="195" />
            <location filename="../../../../mlp_studio/ui/teaching/explain_canvas.py" line="61" />
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/compare_dialog.py" line="197" />
            <source>Epoch {e}</source>
            <translation>第 {e} 轮</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="27" />
            <source>Each neuron adds up its weighted inputs and its bias (z), then applies its activation: a = f(z).</source>
            <translation>每个神经元把加权输入与偏置相加（得到 z），再经过激活函数：a = f(z)。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="28" />
            <source>The output ŷ is compared with the target y: the loss says how wrong this prediction is.</source>
            <translation>把输出 ŷ 与目标值 y 比较：损失表示这次预测错得有多远。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="29" />
            <source>Backwards, layer by layer: δ = ∂L/∂z says how the loss changes with a neuron's z (the chain rule); a link's gradient is its input times the δ of the neuron it feeds.</source>
            <translation>从后往前逐层计算：δ = ∂L/∂z 表示损失随某个神经元的 z 如何变化（链式法则）；一条连接的梯度等于它的输入乘以它所连接的神经元的 δ。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="31" />
            <source>Every weight takes a small step against its gradient: w ← w − α·∂L/∂w. Apply step makes the live network take exactly this step.</source>
            <translation>每个权重都沿梯度的反方向走一小步：w ← w − α·∂L/∂w。“应用这一步”会让正在训练的网络执行完全相同的这一步。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="34" />
            <source>Teach ▸ Explain one step… pauses training and explains one step on the chosen sample.</source>
            <translation>教学 ▸ 讲解一步… 会暂停训练，并在所选样本上讲解一步训练。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="72" />
            <source>Which training sample the step is explained on (or click a point in the boundary plot)</source>
            <translation>用哪个训练样本来讲解这一步（也可以在决策边界图中单击一个点）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="78" />
            <source>Sample</source>
            <translation>样本</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="82" />
            <source>Explained step</source>
            <translation>逐步讲解</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="90" />
            <source>The neuron whose formulas are written out (or click it on the canvas)</source>
            <translation>要写出公式的神经元（也可以在画布上单击它）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="115" />
            <source>◀ Back</source>
            <translation>◀ 上一步</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="117" />
            <source>The previous stage (Alt+Left)</source>
            <translation>上一个阶段（Alt+Left）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="118" />
            <source>Next ▶</source>
            <translation>下一步 ▶</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="120" />
            <source>The next stage (Alt+Right)</source>
            <translation>下一个阶段（Alt+Right）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="121" />
            <source>Apply step</source>
            <translation>应用这一步</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="122" />
            <source>Make the live network take this step (plain SGD on this sample)</source>
            <translation>让正在训练的网络执行这一步（在这个样本上做普通的随机梯度下降）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="138" />
            <source>Pausing training…</source>
            <translation>正在暂停训练…</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="160" />
            <source>No trained network to explain yet: wait for the run to load.</source>
            <translation>还没有可讲解的网络：请等待运行载入。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="170" />
            <source>Training is paused. Next ▶ walks through the step; the canvas shows the numbers.</source>
            <translation>训练已暂停。按“下一步 ▶”逐步查看这一步；画布上会显示具体数值。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="185" />
            <source>The network has changed since this step was explained: press Explain again (Teach menu) to follow the new weights.</source>
            <translation>讲解这一步之后网络已经改变：请再次选择“讲解一步”（教学菜单），以使用新的权重。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="204" />
            <source>{k} of {n} · {title}</source>
            <translation>{k}/{n} · {title}</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="235" />
            <source>hidden layer {n}</source>
            <translation>隐藏层 {n}</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="235" />
            <source>output</source>
            <translation>输出层</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="236" />
            <source>{where}, neuron {j}</source>
            <translation>{where}，神经元 {j}</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="279" />
            <source>That is a test point: a training step learns from training samples only.</source>
            <translation>这是一个测试集中的点：训练步骤只从训练样本中学习。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="304" />
            <source>Pause training first: the step was explained for the paused network.</source>
            <translation>请先暂停训练：这一步是针对暂停时的网络讲解的。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="319" />
            <source>Applied: the live network took this step. Loss on this sample {a} → {b} (explained again from the new weights).</source>
            <translation>已应用：正在训练的网络执行了这一步。这个样本上的损失 {a} → {b}（已根据新的权重重新讲解）。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/explain_panel.py" line="324" />
            <source>Not applied: the network had changed meanwhile. Explained again from its current weights.</source>
            <translation>未应用：网络在此期间已经改变。已根据当前权重重新讲解。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="23" />
            <source>Backpropagation gets ∂L/∂w for &lt;i&gt;every&lt;/i&gt; weight from one forward and one backward pass. The finite difference nudges &lt;i&gt;this&lt;/i&gt; weight by ±ε and measures how the loss changes: two forward passes per weight. They agree — backpropagation is the chain rule done efficiently, not an approximation.</source>
            <translation>反向传播只需一次前向传播和一次反向传播，就能得到&lt;i&gt;每一个&lt;/i&gt;权重的 ∂L/∂w。有限差分把&lt;i&gt;这一个&lt;/i&gt;权重改变 ±ε，测量损失的变化：每个权重需要两次前向传播。两者结果一致——反向传播是高效地运用链式法则，而不是近似。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="43" />
            <source>Gradient check</source>
            <translation>梯度检验</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="62" />
            <source>Check again</source>
            <translation>重新检验</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="71" />
            <source>the bias of the target neuron</source>
            <translation>目标神经元的偏置</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="76" />
            <source>every training sample</source>
            <translation>所有训练样本</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="77" />
            <source>the explained step's sample</source>
            <translation>逐步讲解中的样本</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="79" />
            <source>from neuron</source>
            <translation>从神经元</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="79" />
            <source>to neuron</source>
            <translation>到神经元</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="84" />
            <source>Layer</source>
            <translation>层</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="85" />
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="87" />
            <source>Loss over</source>
            <translation>损失计算范围</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="125" />
            <source>inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="126" />
            <source>{k}: {a} → {b}</source>
            <translation>{k}：{a} → {b}</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="159" />
            <source>No network yet: wait for the run to load.</source>
            <translation>还没有网络：请等待运行载入。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/health_panel.py" line="37" />
            <source>Hidden {n}</source>
            <translation>隐藏层 {n}</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/health_panel.py" line="37" />
            <source>Output</source>
            <translation>输出层</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/health_panel.py" line="84" />
            <source>Gradient norm ‖∂L/∂W‖ per layer</source>
            <translation>每层的梯度范数 ‖∂L/∂W‖</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/health_panel.py" line="86" />
            <source>training step</source>
            <translation>训练步数</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/health_panel.py" line="104" />
            <source>{symbol} of every neuron of this layer ({act}) over the training samples</source>
            <translation>本层（{act}）每个神经元在训练样本上的 {symbol}</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/health_panel.py" line="173" />
            <source>No gradient reaches the last layer yet.</source>
            <translation>还没有梯度到达最后一层。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/health_panel.py" line="174" />
            <source>The first layer's gradient is {r} × the last layer's</source>
            <translation>第一层的梯度是最后一层的 {r} 倍</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/health_panel.py" line="176" />
            <source>: vanishing gradients — the first layers hardly learn.</source>
            <translation>：梯度消失——前面几层几乎学不到东西。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/health_panel.py" line="178" />
            <source>: exploding gradients — try a smaller learning rate.</source>
            <translation>：梯度爆炸——试试更小的学习率。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/health_panel.py" line="179" />
            <source>: gradients flow through every layer.</source>
            <translation>：梯度能传到每一层。</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/health_panel.py" line="192" />
            <source>dead</source>
            <translation>死亡</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/health_panel.py" line="192" />
            <source>saturated {p}%</source>
            <translation>饱和 {p}%</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/live.py" line="43" />
            <source>target {y}</source>
            <translation>目标值 {y}</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/live.py" line="47" />
            <source>class {name}</source>
            <translation>类别 {name}</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/replay_panel.py" line="63" />
            <source>Timeline</source>
            <translation>时间轴</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/replay_panel.py" line="65" />
            <source>Drag to rewind training: the boundary, neuron maps and weights of that moment (training pauses)</source>
            <translation>拖动以回放训练过程：显示那一时刻的决策边界、神经元图和权重（训练会暂停）</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/replay_panel.py" line="72" />
            <source>Back to now</source>
            <translation>回到当前</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/replay_panel.py" line="73" />
            <source>Show the live network again</source>
            <translation>重新显示正在训练的网络</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/replay_panel.py" line="169" />
            <source>no frames yet: train to record</source>
            <translation>还没有记录：开始训练即可记录</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/replay_panel.py" line="173" />
            <source>now</source>
            <translation>当前</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/replay_panel.py" line="173" />
            <source>replay</source>
            <translation>回放</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/replay_panel.py" line="174" />
            <source>{where}: step {step:,} · epoch {epoch:.2f} · loss {loss:.4f} · {n} frames</source>
            <translation>{where}：第 {step:,} 步 · 第 {epoch:.2f} 轮 · 损失 {loss:.4f} · 共 {n} 帧</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="30" />
            <source>E&amp;xplain one step…</source>
            <translation>讲解一步(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="30" />
            <source>Pause and walk through one training step on one sample, number by number</source>
            <translation>暂停训练，在一个样本上逐个数字地讲解一步训练</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="32" />
            <source>&amp;Gradient check…</source>
            <translation>梯度检验(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="32" />
            <source>Compare a weight's backpropagated gradient with a finite-difference estimate</source>
            <translation>把一个权重通过反向传播得到的梯度与有限差分估计进行比较</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="34" />
            <source>Histograms of z and a per layer, saturated and dead neurons, gradient norms over time</source>
            <translation>每层 z 和 a 的直方图、饱和与死亡的神经元、梯度范数随时间的变化</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="34" />
            <source>Neuron &amp;health</source>
            <translation>神经元健康(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="36" />
            <source>&amp;Replay timeline</source>
            <translation>回放时间轴(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="36" />
            <source>Rewind the boundary, neuron maps and weights to any earlier moment of training</source>
            <translation>把决策边界、神经元图和权重回退到训练中更早的任意时刻</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="39" />
            <source>&amp;Compare runs…</source>
            <translation>对比训练(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="39" />
            <source>Train the same data and seed with two settings and compare their curves and boundaries</source>
            <translation>用两种设置在相同的数据和随机种子下训练，比较它们的曲线和决策边界</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="41" />
            <source>&amp;Activation explorer</source>
            <translation>激活函数浏览器(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="41" />
            <source>Every activation function and its derivative, and when to choose it</source>
            <translation>每种激活函数及其导数，以及何时选用</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="86" />
            <source>EXPLAINED STEP</source>
            <translation>逐步讲解</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="87" />
            <source>NEURON HEALTH</source>
            <translation>神经元健康</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="88" />
            <source>REPLAY</source>
            <translation>回放</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="93" />
            <source>T&amp;each</source>
            <translation>教学(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/teaching/views.py" line="108" />
            <source>Teach</source>
            <translation>教学</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/translation.py" line="203" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/translation.py" line="209" />
            <source>System default</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/translation.py" line="223" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../../../mlp_studio/ui/translation.py" line="224" />
            <source>The language changes the next time MLP Studio starts.</source>
            <translation>语言将在下次启动 MLP Studio 时切换。</translation>
        </message>
    </context>
</TS>
