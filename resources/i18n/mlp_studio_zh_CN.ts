<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>mlp_studio</name>
        <message>
            <location filename="../../mlp_studio/controller/process_worker.py" line="237" />
            <source>The training process ended unexpectedly (exit code {code}). Press Reset to start the run again.</source>
            <translation>训练进程意外结束（退出码 {code}）。请按“重置”重新开始训练。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="83" />
            <source>the file is not UTF-8 text (byte 0x{byte:02X} at character {position}); save it as UTF-8 CSV</source>
            <translation>文件不是 UTF-8 文本（第 {position} 个字符处的字节 0x{byte:02X}）；请把它另存为 UTF-8 编码的 CSV</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="109" />
            <source>file not found</source>
            <translation>找不到文件</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="111" />
            <source>is a folder, not a CSV file</source>
            <translation>这是一个文件夹，不是 CSV 文件</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="113" />
            <source>cannot open the file ({strerror})</source>
            <translation>无法打开文件（{strerror}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="122" />
            <source>the file is empty</source>
            <translation>文件是空的</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="131" />
            <source>the file has {n:,} columns; at most {max_columns:,} are supported</source>
            <translation>文件有 {n:,} 列；最多支持 {max_columns:,} 列</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="136" />
            <source>the header has an empty column name</source>
            <translation>表头中有一个空的列名</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="139" />
            <source>the header names this column twice</source>
            <translation>表头中这一列的名称出现了两次</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="155" />
            <source>cannot read the CSV text ({exc})</source>
            <translation>无法读取 CSV 文本（{exc}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="212" />
            <source>empty cell</source>
            <translation>空单元格</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="215" />
            <source>{text!r} is not a number (feature columns must be numeric)</source>
            <translation>{text!r} 不是数字（特征列必须是数值）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="218" />
            <source>{text!r} is not a finite number</source>
            <translation>{text!r} 不是有限的数</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="241" />
            <source>this row has {n} values but the header has {width} columns</source>
            <translation>这一行有 {n} 个值，但表头有 {width} 列</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="245" />
            <source>the file has more than {max_rows:,} data rows ({width:,} columns); at most {max_rows2:,} rows and {max_cells:,} cells are supported</source>
            <translation>文件的数据行超过 {max_rows:,} 行（{width:,} 列）；最多支持 {max_rows2:,} 行、{max_cells:,} 个单元格</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="259" />
            <source>the file has a header but no data rows</source>
            <translation>文件有表头，但没有数据行</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="298" />
            <source>there is no target column {target!r}; the columns are {names}</source>
            <translation>没有名为 {target!r} 的目标列；现有的列是 {names}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_import.py" line="301" />
            <source>the file has only the target column {target!r}; at least one numeric input column is needed</source>
            <translation>文件只有目标列 {target!r}；至少还需要一个数值输入列</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_target.py" line="56" />
            <source>empty cell in the target column</source>
            <translation>目标列中有空单元格</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_target.py" line="69" />
            <source>{cells!r} is not a finite number</source>
            <translation>{cells!r} 不是有限的数</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_target.py" line="99" />
            <source>the target has {n_distinct:,} different values; classification supports at most {max_classes} classes (set the task to 'regression' if it is a measured quantity)</source>
            <translation>目标列有 {n_distinct:,} 个不同的值；分类最多支持 {max_classes} 个类别（如果它是测量出来的数值，请把任务设为 'regression'）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_target.py" line="105" />
            <source>the target has a single class ({names!r}); classification needs at least two</source>
            <translation>目标列只有一个类别（{names!r}）；分类至少需要两个类别</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_target.py" line="110" />
            <source>task 'binary' needs exactly two classes but the target has {n} ({shown})</source>
            <translation>任务 'binary' 需要正好两个类别，但目标列有 {n} 个（{shown}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_target.py" line="120" />
            <source>unknown task {task!r}; use one of {names}</source>
            <translation>未知的任务 {task!r}；请使用以下之一：{names}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_target.py" line="156" />
            <source>{cells!r} is not a number, but a regression target must be numeric</source>
            <translation>{cells!r} 不是数字，而回归的目标值必须是数值</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/csv_target.py" line="160" />
            <source>the target has the same value ({cells}) in every row; there is nothing to learn</source>
            <translation>目标列每一行的值都相同（{cells}）；没有什么可学的</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/features.py" line="56" />
            <source>at least one input feature is needed; valid features are {names}</source>
            <translation>至少需要一个输入特征；可用的特征有 {names}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/features.py" line="60" />
            <source>unknown feature {name!r}; valid features are {names}</source>
            <translation>未知的特征 {name!r}；可用的特征有 {names}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/loader.py" line="144" />
            <source>dataset.path is required for a csv data set (the CSV file, relative to the experiment)</source>
            <translation>csv 数据集需要 dataset.path（CSV 文件，相对于实验文件的路径）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/loader.py" line="146" />
            <source>dataset.target is required for a csv data set (the name of the column to predict)</source>
            <translation>csv 数据集需要 dataset.target（要预测的列名）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/loader.py" line="148" />
            <source>dataset.task: unknown task {task!r}; use one of {names}</source>
            <translation>dataset.task：未知的任务 {task!r}；请使用以下之一：{names}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/painted.py" line="41" />
            <location filename="../../mlp_studio/files/experiment.py" line="159" />
            <source>must be [x_min, x_max, y_min, y_max], got {value!r}</source>
            <translation>必须是 [x_min, x_max, y_min, y_max]，而不是 {value!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/painted.py" line="44" />
            <source>{name} must be a finite number, got {value!r}</source>
            <translation>{name} 必须是有限的数，而不是 {value!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/painted.py" line="47" />
            <source>{axis}_min must be less than {axis}_max, got {low!r} and {high!r}</source>
            <translation>{axis}_min 必须小于 {axis}_max，现在是 {low!r} 和 {high!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/painted.py" line="50" />
            <source>the {axis} side must be from {low:g} to {high:g} long, got {size:g}</source>
            <translation>{axis} 方向的边长必须在 {low:g} 到 {high:g} 之间，现在是 {size:g}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/painted.py" line="68" />
            <source>dataset.extent: {problem}</source>
            <translation>dataset.extent：{problem}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/painted.py" line="96" />
            <source>dataset.points[{index}]: {problem}</source>
            <translation>dataset.points[{index}]：{problem}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/painted.py" line="122" />
            <source>dataset.points is required for the painted data set: paint at least two classes</source>
            <translation>手绘数据集需要 dataset.points：请至少绘制两个类别</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/painted.py" line="124" />
            <source>dataset.points must be a list of [x1, x2, class] entries, got {kind}</source>
            <translation>dataset.points 必须是由 [x1, x2, class] 组成的列表，而不是 {kind}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/painted.py" line="127" />
            <source>dataset.points has {n:,} points; at most {max_painted_points:,} are allowed</source>
            <translation>dataset.points 有 {n:,} 个点；最多允许 {max_painted_points:,} 个</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/painted.py" line="151" />
            <source>dataset.points: paint at least two classes ({have})</source>
            <translation>dataset.points：请至少绘制两个类别（{have}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/painted.py" line="169" />
            <source>only a 2-D classification data set can be turned into painted points</source>
            <translation>只有二维分类数据集才能转换成手绘的点</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="42" />
            <source>Four quadrants: class 0 where x1 and x2 have the same sign, class 1 where they differ.</source>
            <translation>四个象限：x1 和 x2 同号的地方是第 0 类，异号的地方是第 1 类。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="43" />
            <source>A disc of one class surrounded by a ring of the other.</source>
            <translation>一个类别组成圆盘，另一个类别组成围绕它的圆环。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="45" />
            <source>Two round clouds of points, separable by a straight line; noise widens them.</source>
            <translation>两团圆形的点云，可以用一条直线分开；噪声会让它们变宽。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="46" />
            <source>Two interleaved spiral arms: hard, needs several layers.</source>
            <translation>两条交错的螺旋臂：很难，需要好几层。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="47" />
            <source>Two interlocking half moons: needs a curved boundary.</source>
            <translation>两个相扣的半月形：需要一条弯曲的分界线。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="49" />
            <source>The four XOR points (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0 that a single neuron cannot learn.</source>
            <translation>XOR 的四个点 (0,0)→0、(0,1)→1、(1,0)→1、(1,1)→0，单个神经元学不会。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="52" />
            <source>Regression: the target rises evenly across the plane, y = (x1 + x2) / 10.</source>
            <translation>回归：目标值在平面上均匀升高，y = (x1 + x2) / 10。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="54" />
            <source>Regression: three peaks (+1) and three pits (-1) in two rows, like a checkerboard.</source>
            <translation>回归：两行排列的三个山峰 (+1) 和三个山谷 (-1)，像棋盘一样。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="56" />
            <source>Your own points: paint them on the plane, up to six classes (Paint, above the plot).</source>
            <translation>你自己的点：在平面上绘制，最多六个类别（用图上方的“绘制”）。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="58" />
            <source>Iris flowers: 150 flowers, 4 petal and sepal measurements, 3 species (Fisher, 1936).</source>
            <translation>鸢尾花：150 朵花，4 个花瓣和萼片的测量值，3 个品种（Fisher，1936）。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="60" />
            <source>Wines: 178 Italian wines, 13 chemical measurements, 3 grape cultivars.</source>
            <translation>葡萄酒：178 种意大利葡萄酒，13 项化学测量值，3 个葡萄品种。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="62" />
            <source>Breast tumours: 569 biopsies, 30 cell-nucleus measurements, malignant or benign.</source>
            <translation>乳腺肿瘤：569 份活检样本，30 项细胞核测量值，恶性或良性。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="64" />
            <source>Handwritten digits: 1,797 images of 8×8 grey pixels (64 inputs, 0..16), digits 0 to 9.</source>
            <translation>手写数字：1,797 张 8×8 的灰度图像（64 个输入，取值 0..16），数字 0 到 9。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="65" />
            <source>Your own CSV file: numeric input columns and one target column.</source>
            <translation>你自己的 CSV 文件：若干数值输入列和一个目标列。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/registry.py" line="84" />
            <source>unknown data set {name}; valid data sets are {names}</source>
            <translation>未知的数据集 {name}；可用的数据集有 {names}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/spec.py" line="93" />
            <source>dataset.test_fraction must be a number with 0 &lt;= test_fraction &lt; 1, got {f!r}</source>
            <translation>dataset.test_fraction 必须是满足 0 &lt;= test_fraction &lt; 1 的数，而不是 {f!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/spec.py" line="97" />
            <source>dataset.seed must be a whole number &gt;= 0, got {seed!r}</source>
            <translation>dataset.seed 必须是 &gt;= 0 的整数，而不是 {seed!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/spec.py" line="110" />
            <source>dataset.samples must be a whole number from {min_samples} to {max_samples:,}, got {n!r}</source>
            <translation>dataset.samples 必须是 {min_samples} 到 {max_samples:,} 之间的整数，而不是 {n!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/spec.py" line="114" />
            <source>dataset.noise must be a finite number &gt;= 0, got {noise!r}</source>
            <translation>dataset.noise 必须是 &gt;= 0 的有限数，而不是 {noise!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/spec.py" line="127" />
            <source>dataset.features must be a non-empty list of feature names, any of {names}</source>
            <translation>dataset.features 必须是非空的特征名列表，可选：{names}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/spec.py" line="132" />
            <source>dataset.features: unknown feature {name!r}; valid features are {names}</source>
            <translation>dataset.features：未知的特征 {name!r}；可用的特征有 {names}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/data/spec.py" line="135" />
            <source>dataset.features: {name!r} is listed twice</source>
            <translation>dataset.features：{name!r} 列出了两次</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/errors.py" line="72" />
            <source>line {n}</source>
            <translation>第 {n} 行</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/errors.py" line="74" />
            <source>column {name!r}</source>
            <translation>列 {name!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/desktop.py" line="102" />
            <source>cannot install the desktop files: {reason} ({file})</source>
            <translation>无法安装桌面文件：{reason}（{file}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="50" />
            <source>must be a JSON object</source>
            <translation>必须是 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="53" />
            <source>unknown field {unknown!r} (allowed: {names})</source>
            <translation>未知的字段 {unknown!r}（允许：{names}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="71" />
            <source>must be a finite number, not {value!r}</source>
            <translation>必须是有限的数，而不是 {value!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="80" />
            <source>must be a whole number, not {value!r}</source>
            <translation>必须是整数，而不是 {value!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="86" />
            <source>at least {x}</source>
            <translation>至少为 {x}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="86" />
            <source>greater than {x}</source>
            <translation>大于 {x}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="87" />
            <location filename="../../mlp_studio/files/experiment.py" line="90" />
            <source>must be {bound}, not {value!r}</source>
            <translation>必须{bound}，而不是 {value!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="89" />
            <source>at most {x}</source>
            <translation>至多为 {x}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="89" />
            <source>less than {x}</source>
            <translation>小于 {x}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="95" />
            <source>must be true or false, not {value!r}</source>
            <translation>必须是 true 或 false，而不是 {value!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="101" />
            <source>must be a string, not {value!r}</source>
            <translation>必须是字符串，而不是 {value!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="107" />
            <location filename="../../mlp_studio/files/experiment.py" line="223" />
            <location filename="../../mlp_studio/files/experiment.py" line="292" />
            <location filename="../../mlp_studio/files/experiment.py" line="294" />
            <location filename="../../mlp_studio/files/lessons.py" line="248" />
            <location filename="../../mlp_studio/files/lessons.py" line="315" />
            <source>is required</source>
            <translation>是必填项</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="109" />
            <source>unknown value {value!r} (choose one of: {names})</source>
            <translation>未知的值 {value!r}（可选：{names}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="125" />
            <source>only applies to the 2-D data sets; {dataset!r} uses all its columns</source>
            <translation>只适用于二维数据集；{dataset!r} 使用它的所有列</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="134" />
            <source>is required for a csv data set</source>
            <translation>csv 数据集必须填写</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="141" />
            <source>only applies to csv data sets, not {dataset!r}</source>
            <translation>只适用于 csv 数据集，不适用于 {dataset!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="150" />
            <source>only applies to the painted data set, not {dataset!r}</source>
            <translation>只适用于手绘数据集，不适用于 {dataset!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="169" />
            <source>is required for the painted data set ([[x1, x2, class], ...])</source>
            <translation>手绘数据集必须填写（[[x1, x2, class], ...]）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="171" />
            <source>must be a list of [x1, x2, class] entries</source>
            <translation>必须是由 [x1, x2, class] 组成的列表</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="173" />
            <source>has {n:,} points; at most {max_painted_points:,} are allowed</source>
            <translation>有 {n:,} 个点；最多允许 {max_painted_points:,} 个</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="191" />
            <source>must be a non-empty list of feature names</source>
            <translation>必须是非空的特征名列表</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="194" />
            <source>unknown feature {name!r} (choose from: {names})</source>
            <translation>未知的特征 {name!r}（可选：{names}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="198" />
            <source>lists a feature twice</source>
            <translation>同一个特征列出了两次</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="206" />
            <source>must be a non-empty list of layers (hidden layers, then the output layer)</source>
            <translation>必须是非空的层列表（先是隐藏层，最后是输出层）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="209" />
            <source>has {n} layers; at most {max_layers} are supported</source>
            <translation>有 {n} 层；最多支持 {max_layers} 层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="227" />
            <source>softmax is only allowed on the output layer</source>
            <translation>softmax 只能用在输出层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="258" />
            <source>must be a whole number from {min_version} to {current_version}, not {version!r}</source>
            <translation>必须是 {min_version} 到 {current_version} 之间的整数，而不是 {version!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="262" />
            <source>is {version}, but this MLP Studio reads versions up to {current_version}; please update MLP Studio</source>
            <translation>是 {version}，但这个版本的 MLP Studio 只能读取到版本 {current_version}；请更新 MLP Studio</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="288" />
            <source>must be {format_name!r}, not {found!r}</source>
            <translation>必须是 {format_name!r}，而不是 {found!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="316" />
            <source>is {size:,} bytes; {what} is at most {max_bytes:,}</source>
            <translation>有 {size:,} 字节；{what}最多 {max_bytes:,} 字节</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="320" />
            <location filename="../../mlp_studio/files/project.py" line="231" />
            <source>no such file</source>
            <translation>没有这个文件</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="322" />
            <location filename="../../mlp_studio/files/project.py" line="223" />
            <source>is a folder, not a file</source>
            <translation>是一个文件夹，不是文件</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="324" />
            <source>is not a UTF-8 text file</source>
            <translation>不是 UTF-8 文本文件</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="326" />
            <source>cannot be read ({strerror})</source>
            <translation>无法读取（{strerror}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/experiment.py" line="330" />
            <source>is not valid JSON: {msg} at line {lineno}, column {colno}</source>
            <translation>不是有效的 JSON：{msg}，位于第 {lineno} 行第 {colno} 列</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/export.py" line="149" />
            <source>there is no training history to export (train the network first)</source>
            <translation>没有可导出的训练历史（请先训练网络）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/export_onnx.py" line="41" />
            <source>ONNX export needs the optional onnx package: pip install 'mlp-studio[onnx]'</source>
            <translation>导出 ONNX 需要可选的 onnx 包：pip install 'mlp-studio[onnx]'</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lesson_outcome.py" line="58" />
            <source>must be a non-empty object</source>
            <translation>必须是非空对象</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lesson_outcome.py" line="61" />
            <source>unknown expectation (allowed: {names})</source>
            <translation>未知的预期项（允许：{names}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lesson_outcome.py" line="68" />
            <source>must be a whole number from 1 to 1000000, not {epochs!r}</source>
            <translation>必须是 1 到 1000000 之间的整数，而不是 {epochs!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lesson_outcome.py" line="75" />
            <source>must be true or false</source>
            <translation>必须是 true 或 false</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lesson_outcome.py" line="86" />
            <source>must be {"min": number} and/or {"max": number}</source>
            <translation>必须是 {"min": number} 和/或 {"max": number}（number 为数值）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lesson_outcome.py" line="89" />
            <source>must be a finite number, not {number!r}</source>
            <translation>必须是有限的数，而不是 {number!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lesson_outcome.py" line="92" />
            <source>min is larger than max</source>
            <translation>min 大于 max</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lesson_outcome.py" line="100" />
            <source>a diverging run has nothing else to measure</source>
            <translation>发散的训练没有别的可以测量</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lesson_outcome.py" line="105" />
            <source>does not apply to {name!r} ({task})</source>
            <translation>不适用于 {name!r}（{task}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lesson_outcome.py" line="108" />
            <source>needs a test split (dataset.test_fraction &gt; 0)</source>
            <translation>需要测试集（dataset.test_fraction &gt; 0）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lesson_outcome.py" line="110" />
            <source>needs at least one hidden layer</source>
            <translation>至少需要一个隐藏层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lesson_outcome.py" line="112" />
            <source>needs a hidden layer of two or more neurons</source>
            <translation>需要一个至少有两个神经元的隐藏层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="153" />
            <source>lesson id {id!r} is also used by {seen}</source>
            <translation>课程 id {id!r} 也被 {seen} 使用</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="172" />
            <source>no shipped lesson has the id {id_or_path!r}</source>
            <translation>没有 id 为 {id_or_path!r} 的内置课程</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="203" />
            <source>must be lower-case letters, digits and hyphens (at most 64)</source>
            <translation>只能包含小写字母、数字和连字符（最多 64 个）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="206" />
            <source>must be a whole number from 0 to 10000, not {order!r}</source>
            <translation>必须是 0 到 10000 之间的整数，而不是 {order!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="213" />
            <source>{both!r} is also hidden (hidden controls are locked anyway)</source>
            <translation>{both!r} 也被隐藏了（隐藏的控件本来就是锁定的）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="230" />
            <source>a lesson must be a JSON object</source>
            <translation>课程必须是 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="233" />
            <location filename="../../mlp_studio/files/lessons.py" line="311" />
            <source>unknown field (allowed: {names})</source>
            <translation>未知的字段（允许：{names}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="236" />
            <source>must be {lesson_format!r}, not {value!r}</source>
            <translation>必须是 {lesson_format!r}，而不是 {value!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="240" />
            <source>must be a whole number, not {version!r}</source>
            <translation>必须是整数，而不是 {version!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="243" />
            <source>is {version}, but this MLP Studio reads lessons up to version {lesson_version}; please update MLP Studio</source>
            <translation>是 {version}，但这个版本的 MLP Studio 只能读取到版本 {lesson_version} 的课程；请更新 MLP Studio</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="262" />
            <source>must be an object with the languages {names}</source>
            <translation>必须是包含语言 {names} 的对象</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="266" />
            <source>unknown language (allowed: {names})</source>
            <translation>未知的语言（允许：{names}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="272" />
            <source>is required and must be non-empty text</source>
            <translation>必须填写，且不能为空</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="274" />
            <source>is longer than {max_length:,} characters</source>
            <translation>超过了 {max_length:,} 个字符</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="277" />
            <source>must be written in Chinese (no Chinese characters found)</source>
            <translation>必须用中文书写（没有找到中文字符）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="284" />
            <source>must be a list of control names</source>
            <translation>必须是控件名称的列表</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="287" />
            <source>unknown control {name!r} (choose from: {names})</source>
            <translation>未知的控件 {name!r}（可选：{names}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="291" />
            <source>lists a control twice</source>
            <translation>同一个控件列出了两次</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="297" />
            <source>must be a list of variants</source>
            <translation>必须是变体的列表</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="301" />
            <source>two variants share an id</source>
            <translation>两个变体的 id 相同</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="308" />
            <source>must be an object</source>
            <translation>必须是对象</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="317" />
            <source>must be lower-case letters, digits and hyphens</source>
            <translation>只能包含小写字母、数字和连字符</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="320" />
            <source>must be a non-empty object of dotted fields</source>
            <translation>必须是由点分字段名组成的非空对象</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="345" />
            <source>must be a dotted field name such as 'training.learning_rate'</source>
            <translation>必须是点分字段名，例如 'training.learning_rate'</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/lessons.py" line="355" />
            <source>no such place in the experiment ({names!r})</source>
            <translation>实验中没有这个位置（{names!r}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/migrations.py" line="44" />
            <source>history must be a list of at most {max_history_rows:,} rows (version 1)</source>
            <translation>history 必须是最多 {max_history_rows:,} 行的列表（版本 1）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/migrations.py" line="49" />
            <source>history[{index}] must be an object of numbers (version 1)</source>
            <translation>history[{index}] 必须是由数值组成的对象（版本 1）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/migrations.py" line="53" />
            <source>history[{index}].{key} must be a number with a plain name (version 1)</source>
            <translation>history[{index}].{key} 必须是数值，且名称简单（版本 1）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/migrations.py" line="59" />
            <source>history has more than {max_history_columns} columns (version 1)</source>
            <translation>history 的列超过 {max_history_columns} 个（版本 1）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/migrations.py" line="80" />
            <source>project.json is not an MLP Studio project (format is {value!r}, expected {format_name!r})</source>
            <translation>project.json 不是 MLP Studio 项目（format 为 {value!r}，应为 {format_name!r}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/migrations.py" line="84" />
            <source>format_version must be a whole number from {min_version} to {current_version}, not {version!r}</source>
            <translation>format_version 必须是 {min_version} 到 {current_version} 之间的整数，而不是 {version!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/migrations.py" line="88" />
            <source>this project was made by a newer MLP Studio (format version {version}; this one reads up to {current_version}); please update MLP Studio</source>
            <translation>这个项目由更新版本的 MLP Studio 创建（格式版本 {version}；当前版本只能读取到 {current_version}）；请更新 MLP Studio</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="90" />
            <source>a project needs an ExperimentSpec</source>
            <translation>项目需要一个 ExperimentSpec</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="120" />
            <source>history has more than {max_history_columns} columns</source>
            <translation>history 的列超过 {max_history_columns} 个</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="125" />
            <source>history column name {name!r} must be a plain identifier (letters, digits, _)</source>
            <translation>history 的列名 {name!r} 必须是简单的标识符（字母、数字、_）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="129" />
            <source>history column {name!r} must be one-dimensional, at most {max_history_rows:,} long</source>
            <translation>history 的列 {name!r} 必须是一维的，长度最多为 {max_history_rows:,}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="134" />
            <source>history columns must all have the same length</source>
            <translation>history 的各列长度必须相同</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="142" />
            <source>weights must be float32 or float64, not {dtype}</source>
            <translation>权重必须是 float32 或 float64，而不是 {dtype}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="144" />
            <source>the weights have layer sizes {sizes} but the experiment's layers have {units} units</source>
            <translation>权重的层大小是 {sizes}，但实验中各层的单元数是 {units}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="148" />
            <source>the weights take {sizes} inputs but the data set has {n} features</source>
            <translation>权重需要 {sizes} 个输入，但数据集有 {n} 个特征</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="216" />
            <source>is neither an MLP Studio project (.mlpstudio) nor an experiment description (.json)</source>
            <translation>既不是 MLP Studio 项目（.mlpstudio），也不是实验描述文件（.json）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="226" />
            <source>is {size:,} bytes; a project is at most {max_file_bytes:,}</source>
            <translation>有 {size:,} 字节；项目最多 {max_file_bytes:,} 字节</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="233" />
            <location filename="../../mlp_studio/files/project_io.py" line="150" />
            <source>cannot be read ({reason})</source>
            <translation>无法读取（{reason}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="247" />
            <source>data_csv in project.json does not match the archive's members</source>
            <translation>project.json 中的 data_csv 与压缩包的成员不一致</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="255" />
            <source>project.json is not valid UTF-8 JSON ({error})</source>
            <translation>project.json 不是有效的 UTF-8 JSON（{error}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="258" />
            <source>project.json must hold a JSON object</source>
            <translation>project.json 必须包含一个 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="261" />
            <source>project.json has an unknown field {unknown!r}</source>
            <translation>project.json 有未知的字段 {unknown!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="273" />
            <source>experiment: {field}{message}</source>
            <translation>实验：{field}{message}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="288" />
            <source>an optimizer state without weights</source>
            <translation>有优化器状态却没有权重</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="299" />
            <source>history must be a list of column names</source>
            <translation>history 必须是列名的列表</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="308" />
            <source>parameters must hold exactly dtype and layer_sizes</source>
            <translation>parameters 必须正好包含 dtype 和 layer_sizes</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project.py" line="312" />
            <source>parameters.layer_sizes must be a list of whole numbers from 1 to 10,000</source>
            <translation>parameters.layer_sizes 必须是由 1 到 10,000 之间的整数组成的列表</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="68" />
            <source>cannot save here ({strerror})</source>
            <translation>无法保存到这里（{strerror}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="83" />
            <source>cannot save ({reason})</source>
            <translation>无法保存（{reason}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="147" />
            <source>the project archive is damaged or truncated ({error})</source>
            <translation>项目压缩包已损坏或不完整（{error}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="165" />
            <source>the project archive is damaged or truncated (its end record is missing)</source>
            <translation>项目压缩包已损坏或不完整（缺少结束记录）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="173" />
            <source>the archive holds {kind} member {name!r}; a project holds only {names}</source>
            <translation>压缩包中有 {kind} 成员 {name!r}；项目只能包含 {names}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="177" />
            <source>the archive holds {twice!r} twice</source>
            <translation>压缩包中 {twice!r} 出现了两次</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="180" />
            <source>the archive has no {name!r}; it is not a complete MLP Studio project</source>
            <translation>压缩包中没有 {name!r}；它不是完整的 MLP Studio 项目</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="184" />
            <source>{filename!r} is encrypted</source>
            <translation>{filename!r} 已加密</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="186" />
            <source>{filename!r} uses an unsupported compression</source>
            <translation>{filename!r} 使用了不支持的压缩方式</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="190" />
            <source>{filename!r} is {file_size:,} bytes; at most {cap:,} are allowed</source>
            <translation>{filename!r} 有 {file_size:,} 字节；最多允许 {cap:,} 字节</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="200" />
            <source>{filename!r} does not have its declared size of {file_size:,} bytes</source>
            <translation>{filename!r} 的大小与声明的 {file_size:,} 字节不符</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="235" />
            <source>arrays.npz does not match project.json ({what})</source>
            <translation>arrays.npz 与 project.json 不一致（{what}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="239" />
            <source>arrays.npz is damaged ({error})</source>
            <translation>arrays.npz 已损坏（{error}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="250" />
            <source>array {name!r} has type {dtype!r}; only float32, float64 and int64 are allowed</source>
            <translation>数组 {name!r} 的类型是 {dtype!r}；只允许 float32、float64 和 int64</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="254" />
            <source>array {name!r} has an invalid shape {shape!r}</source>
            <translation>数组 {name!r} 的形状 {shape!r} 无效</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="258" />
            <source>array {name!r}: {problem}</source>
            <translation>数组 {name!r}：{problem}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="260" />
            <source>array {name!r} is shorter than its shape {shape}</source>
            <translation>数组 {name!r} 比它的形状 {shape} 短</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_io.py" line="266" />
            <source>array {name!r} is damaged ({error})</source>
            <translation>数组 {name!r} 已损坏（{error}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="42" />
            <source>{part} must be an object (a dict), not {kind}</source>
            <translation>{part} 必须是对象（dict），而不是 {kind}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="47" />
            <source>{part} cannot be stored as JSON ({error})</source>
            <translation>{part} 无法存储为 JSON（{error}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="50" />
            <source>{part} is larger than {max_json_part_bytes:,} bytes as JSON</source>
            <translation>{part} 作为 JSON 超过了 {max_json_part_bytes:,} 字节</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="74" />
            <source>lesson: unknown field {unknown!r} (allowed: {allowed})</source>
            <translation>lesson：未知的字段 {unknown!r}（允许：{allowed}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="80" />
            <source>lesson.title must be a string of at most 500 characters (or one per language)</source>
            <translation>lesson.title 必须是最多 500 个字符的字符串（或每种语言一个）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="92" />
            <source>lesson.{key} must be a short string</source>
            <translation>lesson.{key} 必须是简短的字符串</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="100" />
            <source>{part} must be an object with the languages {names}</source>
            <translation>{part} 必须是包含语言 {names} 的对象</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="105" />
            <source>{part}.{language} must be a string of at most {max_length:,} characters</source>
            <translation>{part}.{language} 必须是最多 {max_length:,} 个字符的字符串</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="114" />
            <source>{part} must be a list of control names</source>
            <translation>{part} 必须是控件名称的列表</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="121" />
            <source>trainer must hold exactly {names}</source>
            <translation>trainer 必须正好包含 {names}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="127" />
            <source>trainer.{name} must be a whole number &gt;= 0, not {count!r}</source>
            <translation>trainer.{name} 必须是 &gt;= 0 的整数，而不是 {count!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="130" />
            <source>trainer.order must be true or false</source>
            <translation>trainer.order 必须是 true 或 false</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="134" />
            <source>trainer.rng is not a valid generator state ({error})</source>
            <translation>trainer.rng 不是有效的随机数生成器状态（{error}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="142" />
            <source>optimizer must hold exactly name, values, arrays</source>
            <translation>optimizer 必须正好包含 name、values、arrays</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="144" />
            <source>optimizer.name is {value!r} but the experiment trains with {expected_name!r}</source>
            <translation>optimizer.name 是 {value!r}，但实验使用 {expected_name!r} 训练</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="149" />
            <source>optimizer.values must be an object of numbers</source>
            <translation>optimizer.values 必须是由数值组成的对象</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="151" />
            <source>optimizer.arrays must be a list of names</source>
            <translation>optimizer.arrays 必须是名称的列表</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_meta.py" line="155" />
            <source>optimizer state: {error}</source>
            <translation>优化器状态：{error}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_session.py" line="61" />
            <source>cannot read the data set's CSV to keep it in the project ({strerror})</source>
            <translation>无法读取数据集的 CSV 以保存到项目中（{strerror}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_session.py" line="65" />
            <source>the CSV is larger than {cap:,} bytes and cannot be kept in a project</source>
            <translation>CSV 超过 {cap:,} 字节，无法保存到项目中</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_session.py" line="95" />
            <source>the saved weights take {layer_sizes} inputs but the data set has {n_inputs}</source>
            <translation>保存的权重需要 {layer_sizes} 个输入，但数据集有 {n_inputs} 个</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/project_session.py" line="104" />
            <source>the saved training state does not fit this data set: {error}</source>
            <translation>保存的训练状态与这个数据集不匹配：{error}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/files/recovery.py" line="91" />
            <source>cannot create the recovery folder ({strerror})</source>
            <translation>无法创建恢复文件夹（{strerror}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="108" />
            <source>there is no hidden layer with id {layer_id}</source>
            <translation>没有 id 为 {layer_id} 的隐藏层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="142" />
            <source>cannot insert a layer at position {index}; use 0 … {n}</source>
            <translation>无法在位置 {index} 插入层；请使用 0 … {n}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="145" />
            <source>a network can have at most {max_hidden_layers} hidden layers</source>
            <translation>网络最多只能有 {max_hidden_layers} 个隐藏层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="166" />
            <source>cannot move a layer to position {new_index}; use 0 … {last}</source>
            <translation>无法把层移动到位置 {new_index}；请使用 0 … {last}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="190" />
            <source>a layer needs at least one neuron; delete the layer instead</source>
            <translation>一层至少需要一个神经元；要去掉它，请删除这一层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="213" />
            <source>unknown initialisation {init!r}; choose one of {names}</source>
            <translation>未知的初始化方法 {init!r}；请从以下选择：{names}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="223" />
            <source>at least one input feature must stay switched on</source>
            <translation>至少要保留一个输入特征</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="226" />
            <source>unknown feature {unknown!r}; choose from {names}</source>
            <translation>未知的特征 {unknown!r}；请从以下选择：{names}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="252" />
            <source>the experiment needs a name</source>
            <translation>实验需要一个名称</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="259" />
            <source>a layer needs 1 … {max_units} neurons, not {units!r}</source>
            <translation>一层需要 1 … {max_units} 个神经元，而不是 {units!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="266" />
            <source>a seed is a whole number ≥ 0, not {seed!r}</source>
            <translation>随机种子必须是 ≥ 0 的整数，而不是 {seed!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="272" />
            <source>softmax belongs on the output layer only</source>
            <translation>softmax 只能用在输出层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="274" />
            <source>unknown activation {activation!r}; choose one of {names}</source>
            <translation>未知的激活函数 {activation!r}；请从以下选择：{names}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="281" />
            <source>the learning rate must be greater than 0, not {rate}</source>
            <translation>学习率必须大于 0，而不是 {rate}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="283" />
            <source>the batch size must be 0 (full batch) or more</source>
            <translation>批大小必须是 0（全批量）或更大</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="284" />
            <source>the epoch limit must be at least 1</source>
            <translation>轮数上限至少为 1</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="285" />
            <source>L1 and L2 must be 0 or more</source>
            <translation>L1 和 L2 必须是 0 或更大</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="286" />
            <source>momentum must be in [0, 1)</source>
            <translation>动量必须在 [0, 1) 之间</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="288" />
            <source>unknown optimizer {name!r}</source>
            <translation>未知的优化器 {name!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="297" />
            <source>unknown activation {activation!r}</source>
            <translation>未知的激活函数 {activation!r}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="299" />
            <source>unknown loss {loss!r}; choose one of {names}</source>
            <translation>未知的损失函数 {loss!r}；请从以下选择：{names}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="302" />
            <source>softmax needs at least two output neurons (more than two classes)</source>
            <translation>softmax 至少需要两个输出神经元（多于两个类别）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="304" />
            <source>binary cross-entropy needs a sigmoid output</source>
            <translation>二元交叉熵需要 sigmoid 输出</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/document.py" line="306" />
            <source>categorical cross-entropy needs a softmax output</source>
            <translation>分类交叉熵需要 softmax 输出</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/session.py" line="44" />
            <source>the output layer has {units} units, but {name!r} ({task_words}) needs {n_outputs}</source>
            <translation>输出层有 {units} 个单元，但 {name!r}（{task_words}）需要 {n_outputs} 个</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/session.py" line="48" />
            <source>softmax needs at least 2 output units; use sigmoid for one output</source>
            <translation>softmax 至少需要 2 个输出单元；只有一个输出时请使用 sigmoid</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/session.py" line="51" />
            <source>binary_crossentropy needs a sigmoid output layer</source>
            <translation>binary_crossentropy 需要 sigmoid 输出层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/session.py" line="53" />
            <source>categorical_crossentropy needs a softmax output layer</source>
            <translation>categorical_crossentropy 需要 softmax 输出层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/model/session.py" line="55" />
            <source>{loss} is for classification; use mse for regression</source>
            <translation>{loss} 用于分类；回归请使用 mse</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="19" />
            <source>σ(z) = 1 / (1 + e^−z)</source>
            <translation>σ(z) = 1 / (1 + e^−z)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="19" />
            <source>σ′(z) = σ(z)·(1 − σ(z)) ≤ 0.25</source>
            <translation>σ′(z) = σ(z)·(1 − σ(z)) ≤ 0.25</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="20" />
            <source>Squashes to (0, 1), so an output unit reads as a probability (binary classification). Its slope is at most 0.25 and almost 0 for |z| &gt; 5 (saturation): in a deep stack of sigmoids the gradients shrink layer after layer (vanishing gradients). Outputs are not zero-centred.</source>
            <translation>把输出压缩到 (0, 1) 之间，所以输出单元可以读作概率（二分类）。它的斜率最大为 0.25，|z| &gt; 5 时几乎为 0（饱和）：在由许多 sigmoid 层堆叠的深层网络中，梯度逐层变小（梯度消失）。输出不以零为中心。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="23" />
            <source>tanh(z) = (e^z − e^−z) / (e^z + e^−z)</source>
            <translation>tanh(z) = (e^z − e^−z) / (e^z + e^−z)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="23" />
            <source>tanh′(z) = 1 − tanh²(z) ≤ 1</source>
            <translation>tanh′(z) = 1 − tanh²(z) ≤ 1</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="24" />
            <source>Zero-centred version of the sigmoid, range (−1, 1), slope up to 1: usually trains faster than sigmoid in hidden layers, but it saturates too for large |z|.</source>
            <translation>以零为中心的 sigmoid，取值范围 (−1, 1)，斜率最大为 1：用在隐藏层时通常比 sigmoid 训练得更快，但 |z| 很大时同样会饱和。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="26" />
            <source>relu(z) = max(0, z)</source>
            <translation>relu(z) = max(0, z)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="26" />
            <source>relu′(z) = 1 if z &gt; 0, else 0</source>
            <translation>relu′(z) = 1（z &gt; 0 时），否则为 0</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="27" />
            <source>Cheap and fast to train, does not saturate for z &gt; 0, gives sparse activations: the default for hidden layers. A unit whose z stays negative for every sample outputs 0 and gets no gradient (a dead ReLU); a too-large learning rate makes this more likely.</source>
            <translation>计算简单、训练快，z &gt; 0 时不会饱和，激活值稀疏：隐藏层的默认选择。如果某个单元对所有样本的 z 都是负数，它就一直输出 0，也得不到梯度（“死亡 ReLU”）；学习率过大时更容易出现这种情况。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="30" />
            <source>leaky_relu(z) = z if z &gt; 0, else 0.01·z</source>
            <translation>leaky_relu(z) = z（z &gt; 0 时），否则为 0.01·z</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="30" />
            <source>leaky_relu′(z) = 1 if z &gt; 0, else 0.01</source>
            <translation>leaky_relu′(z) = 1（z &gt; 0 时），否则为 0.01</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="31" />
            <source>Like ReLU, but a small slope for z &lt; 0 keeps a gradient flowing, so units cannot die.</source>
            <translation>与 ReLU 类似，但 z &lt; 0 时保留一个很小的斜率，让梯度继续流动，所以单元不会“死亡”。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="32" />
            <source>linear(z) = z</source>
            <translation>linear(z) = z</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="32" />
            <source>linear′(z) = 1</source>
            <translation>linear′(z) = 1</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="33" />
            <source>No squashing: the output layer for regression (any real value). In hidden layers it adds no non-linearity — a stack of linear layers is still one linear map.</source>
            <translation>不做压缩：用作回归的输出层（可取任意实数）。用在隐藏层时不引入任何非线性——多个线性层叠在一起仍然只是一个线性映射。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="35" />
            <source>softmax(z)ₖ = e^zₖ / Σⱼ e^zⱼ</source>
            <translation>softmax(z)ₖ = e^zₖ / Σⱼ e^zⱼ</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="35" />
            <source>∂aₖ/∂zₖ = aₖ·(1 − aₖ)</source>
            <translation>∂aₖ/∂zₖ = aₖ·(1 − aₖ)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/activations_explorer.py" line="36" />
            <source>Output layer only, for several classes: turns the outputs into probabilities that sum to 1 (used with categorical cross-entropy).</source>
            <translation>只用于输出层，适合多分类：把各个输出变成和为 1 的概率（与分类交叉熵一起使用）。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/compare.py" line="159" />
            <source>{field} = {value}</source>
            <translation>{field} = {value}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain.py" line="219" />
            <source>the sample does not fit the network: {x} inputs and {y} targets for a {n}-input, {m}-output network</source>
            <translation>样本与网络不匹配：样本有 {x} 个输入和 {y} 个目标值，而网络有 {n} 个输入、{m} 个输出</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain.py" line="255" />
            <source>This explanation uses plain SGD (w ← w − α·∂L/∂w) on one sample; training with {name} scales and accumulates the steps differently.</source>
            <translation>这里的讲解在一个样本上使用普通的随机梯度下降（w ← w − α·∂L/∂w）；用 {name} 训练时，每一步的缩放和累积方式有所不同。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain.py" line="356" />
            <source>the network changed since this step was explained; explain it again</source>
            <translation>讲解这一步之后网络已经改变；请重新讲解</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="24" />
            <source>a·(1 − a)</source>
            <translation>a·(1 − a)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="25" />
            <source>1 − a²</source>
            <translation>1 − a²</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="26" />
            <source>1 if z &gt; 0, else 0</source>
            <translation>1（z &gt; 0 时），否则为 0</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="27" />
            <source>1 if z &gt; 0, else 0.01</source>
            <translation>1（z &gt; 0 时），否则为 0.01</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="28" />
            <source>1</source>
            <translation>1</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="34" />
            <source>f′(z)</source>
            <translation>f′(z)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="58" />
            <source>(over all outputs)</source>
            <translation>（对所有输出）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="66" />
            <source>Forward, layer {n} ({act})</source>
            <translation>前向传播，第 {n} 层（{act}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="67" />
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="92" />
            <source>Neuron</source>
            <translation>神经元</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="110" />
            <source>with regularisation</source>
            <translation>加上正则化</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="118" />
            <source>Loss ({name})</source>
            <translation>损失（{name}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="131" />
            <source>(the loss is computed from the logits, so f′ cancels)</source>
            <translation>（损失直接由 logits 计算，因此 f′ 被约掉）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="133" />
            <source>{d} = Σₖ (∂ŷₖ/∂z) · ∂L/∂ŷₖ (softmax couples the outputs) = {v}</source>
            <translation>{d} = Σₖ (∂ŷₖ/∂z) · ∂L/∂ŷₖ（softmax 把各个输出耦合在一起）= {v}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="192" />
            <source>Backward, layer {n} ({act})</source>
            <translation>反向传播，第 {n} 层（{act}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="215" />
            <source>Update (learning rate α = {lr})</source>
            <translation>更新（学习率 α = {lr}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="218" />
            <source>Layer {n}</source>
            <translation>第 {n} 层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="242" />
            <source>Forward: layer {n}</source>
            <translation>前向传播：第 {n} 层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="244" />
            <source>Backward: layer {n}</source>
            <translation>反向传播：第 {n} 层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="245" />
            <location filename="../../mlp_studio/ui/curves.py" line="57" />
            <location filename="../../mlp_studio/ui/curves.py" line="112" />
            <location filename="../../mlp_studio/ui/inspector.py" line="105" />
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/explain_text.py" line="245" />
            <source>Update</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/gradcheck_view.py" line="82" />
            <source>layer {layer} does not exist (the network has {n} layers)</source>
            <translation>第 {layer} 层不存在（网络共有 {n} 层）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/gradcheck_view.py" line="86" />
            <source>layer {layer} has no parameter {index}</source>
            <translation>第 {layer} 层没有第 {index} 个参数</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/gradcheck_view.py" line="146" />
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="52" />
            <source>finite difference</source>
            <translation>有限差分</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/gradcheck_view.py" line="148" />
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="51" />
            <source>backpropagation</source>
            <translation>反向传播</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/gradcheck_view.py" line="149" />
            <source>they agree</source>
            <translation>两者一致</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/gradcheck_view.py" line="149" />
            <source>they differ</source>
            <translation>两者不一致</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/gradcheck_view.py" line="150" />
            <source>relative error</source>
            <translation>相对误差</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/teaching/gradcheck_view.py" line="151" />
            <source>cost of the whole gradient: backprop 1 forward + 1 backward pass; finite differences {n} forward passes (2 per parameter)</source>
            <translation>计算整个梯度的代价：反向传播需要 1 次前向传播 + 1 次反向传播；有限差分需要 {n} 次前向传播（每个参数 2 次）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/training/loop.py" line="30" />
            <source>activations</source>
            <translation>激活值</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/training/loop.py" line="30" />
            <source>pre-activations</source>
            <translation>预激活值</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/training/loop.py" line="30" />
            <source>weights</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/training/loop.py" line="31" />
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="195" />
            <location filename="../../mlp_studio/ui/teaching/explain_canvas.py" line="61" />
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/training/loop.py" line="159" />
            <source>layer {n}</source>
            <translation>第 {n} 层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/training/loop.py" line="159" />
            <source>the inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/training/loop.py" line="162" />
            <source>Training diverged at step {step}: the {quantity} of {where} became NaN or infinite.</source>
            <translation>训练在第 {step} 步发散：{where}的{quantity}变成了 NaN 或无穷大。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/training/loop.py" line="165" />
            <source>Training diverged: the {quantity} of {where} became NaN or infinite.</source>
            <translation>训练发散：{where}的{quantity}变成了 NaN 或无穷大。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/training/loop.py" line="169" />
            <source>Training is paused: lower the learning rate (now {rate}) and press Play to go on, or Reset to start again from fresh weights.</source>
            <translation>训练已暂停：请调小学习率（当前为 {rate}），再按“播放”继续；或按“重置”从新的权重重新开始。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/training/loop.py" line="172" />
            <source>Training is paused: lower the learning rate and press Play to go on, or Reset to start again from fresh weights.</source>
            <translation>训练已暂停：请调小学习率，再按“播放”继续；或按“重置”从新的权重重新开始。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/training/loop.py" line="245" />
            <source>The new training settings were not applied: {error}</source>
            <translation>新的训练设置没有生效：{error}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="69" />
            <source>{label} ({keys}): {tip}</source>
            <translation>{label}（{keys}）：{tip}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="70" />
            <source>{label}: {tip}</source>
            <translation>{label}：{tip}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="78" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="78" />
            <source>Open a project (.mlpstudio) or an experiment file (.json)</source>
            <translation>打开项目（.mlpstudio）或实验文件（.json）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="80" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="80" />
            <source>Close MLP Studio</source>
            <translation>关闭 MLP Studio</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="81" />
            <location filename="../../mlp_studio/ui/actions.py" line="113" />
            <source>&amp;Play</source>
            <translation>播放(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="81" />
            <location filename="../../mlp_studio/ui/actions.py" line="113" />
            <source>Train continuously</source>
            <translation>持续训练</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="82" />
            <source>&amp;Step</source>
            <translation>单步(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="82" />
            <source>Train one mini-batch</source>
            <translation>训练一个小批量</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="83" />
            <source>Step &amp;epoch</source>
            <translation>训练一轮(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="83" />
            <source>Train until the end of the epoch</source>
            <translation>一直训练到这一轮结束</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="85" />
            <source>&amp;Reset</source>
            <translation>重置(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="85" />
            <source>Start again from the initial weights</source>
            <translation>从初始权重重新开始</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="87" />
            <source>End this run (the weights stay for inspection)</source>
            <translation>结束这次训练（权重保留，供查看）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="87" />
            <source>S&amp;top</source>
            <translation>停止(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="89" />
            <source>&amp;Log-scale loss</source>
            <translation>损失用对数坐标(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="89" />
            <source>Show the loss axis logarithmically</source>
            <translation>把损失轴显示为对数刻度</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="91" />
            <source>Draw the held-out test points (hollow)</source>
            <translation>画出留作测试的点（空心）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="91" />
            <source>Show &amp;test points</source>
            <translation>显示测试点(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="93" />
            <source>&amp;Discretize output</source>
            <translation>离散化输出(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="93" />
            <source>Show hard class regions instead of probabilities</source>
            <translation>显示明确的类别区域，而不是概率</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="95" />
            <location filename="../../mlp_studio/ui/actions.py" line="124" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="95" />
            <source>Undo the last design edit</source>
            <translation>撤销上一次设计修改</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="97" />
            <location filename="../../mlp_studio/ui/actions.py" line="131" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="97" />
            <source>Redo the design edit just undone</source>
            <translation>重做刚刚撤销的设计修改</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="100" />
            <source>&amp;Delete layer</source>
            <translation>删除层(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="100" />
            <source>Delete the selected hidden layer (or one neuron of the selected neuron's layer)</source>
            <translation>删除选中的隐藏层（或选中神经元所在层中的一个神经元）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="111" />
            <source>&amp;Pause</source>
            <translation>暂停(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="111" />
            <source>Pause training</source>
            <translation>暂停训练</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="122" />
            <source>&amp;Undo {edit}</source>
            <translation>撤销“{edit}”(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="122" />
            <source>Undo {edit}</source>
            <translation>撤销“{edit}”</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="124" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="129" />
            <source>&amp;Redo {edit}</source>
            <translation>重做“{edit}”(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="129" />
            <source>Redo {edit}</source>
            <translation>重做“{edit}”</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="131" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/actions.py" line="138" />
            <source>{label} ({keys})</source>
            <translation>{label}（{keys}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/autosave.py" line="27" />
            <source>an unsaved project</source>
            <translation>一个未保存的项目</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/autosave.py" line="28" />
            <source>Recover unsaved work</source>
            <translation>恢复未保存的工作</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/autosave.py" line="29" />
            <source>Recover unsaved work from {when}?</source>
            <translation>恢复 {when} 的未保存工作？</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/autosave.py" line="31" />
            <source>MLP Studio did not close normally while {name} had unsaved changes. A copy was kept automatically.</source>
            <translation>{name} 有未保存的修改时，MLP Studio 没有正常关闭。系统已自动保留了一份副本。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/autosave.py" line="33" />
            <source>Recover</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/autosave.py" line="34" />
            <source>Discard</source>
            <translation>丢弃</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/autosave.py" line="35" />
            <source>Later</source>
            <translation>以后再说</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/autosave.py" line="89" />
            <source>Autosave failed: {error}</source>
            <translation>自动保存失败：{error}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/autosave.py" line="117" />
            <source>Cannot recover the unsaved work</source>
            <translation>无法恢复未保存的工作</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="65" />
            <source>LESSON</source>
            <translation>课程</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="84" />
            <source>&amp;Presentation mode</source>
            <translation>演示模式(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="84" />
            <source>Larger type, lines, points and neurons and high-contrast colours, for projectors</source>
            <translation>更大的文字、线条、数据点和神经元，以及高对比度配色，适合投影仪</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="86" />
            <source>Make everything larger</source>
            <translation>把所有内容放大</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="86" />
            <source>Zoom &amp;in</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="88" />
            <source>Make everything smaller</source>
            <translation>把所有内容缩小</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="88" />
            <source>Zoom &amp;out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="89" />
            <source>&amp;Actual size</source>
            <translation>实际大小(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="89" />
            <source>Undo the zoom</source>
            <translation>取消缩放</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="90" />
            <source>Lift the lesson's locks and show its hidden controls until another project is opened</source>
            <translation>解除课程的锁定并显示被隐藏的控件，直到打开另一个项目为止</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="90" />
            <source>Teacher: &amp;unlock all</source>
            <translation>教师：全部解锁(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="92" />
            <source>&amp;Start page</source>
            <translation>开始页(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="92" />
            <source>Lessons, recent files and a new network</source>
            <translation>课程、最近的文件和新建网络</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="93" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="93" />
            <source>Every shortcut of the window</source>
            <translation>窗口中的所有快捷键</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="94" />
            <source>&amp;About MLP Studio</source>
            <translation>关于 MLP Studio(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="94" />
            <source>Version, licence</source>
            <translation>版本、许可证</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="106" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="109" />
            <source>&amp;Lessons</source>
            <translation>课程(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="160" />
            <location filename="../../mlp_studio/ui/file_actions.py" line="250" />
            <source>Cannot open this lesson</source>
            <translation>无法打开这个课程</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/classroom.py" line="220" />
            <source>Unlocked: every control can be changed until you open another project.</source>
            <translation>已解锁：在打开另一个项目之前，所有控件都可以修改。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/curves.py" line="60" />
            <location filename="../../mlp_studio/ui/curves.py" line="93" />
            <location filename="../../mlp_studio/ui/curves.py" line="113" />
            <source>Accuracy</source>
            <translation>准确率</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/curves.py" line="78" />
            <source>Hover over the curves to read the values at an epoch</source>
            <translation>把鼠标移到曲线上，可以读出某一轮的数值</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/curves.py" line="82" />
            <source>Press Space to train</source>
            <translation>按空格键开始训练</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/curves.py" line="93" />
            <location filename="../../mlp_studio/ui/curves.py" line="114" />
            <source>R² (coefficient of determination)</source>
            <translation>R²（决定系数）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/curves.py" line="211" />
            <source>acc</source>
            <translation>准确率</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/curves.py" line="213" />
            <source>epoch {epoch}   loss train {train_loss} test {test_loss}   {metric} train {train} test {test}</source>
            <translation>第 {epoch} 轮   训练损失 {train_loss} 测试损失 {test_loss}   {metric} 训练 {train} 测试 {test}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/curves.py" line="232" />
            <source>train</source>
            <translation>训练集</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/curves.py" line="233" />
            <location filename="../../mlp_studio/ui/output_panel.py" line="33" />
            <source>test</source>
            <translation>测试集</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="19" />
            <source>XOR</source>
            <translation>XOR</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="19" />
            <source>circle</source>
            <translation>圆形</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="19" />
            <source>gaussians</source>
            <translation>高斯团</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="19" />
            <source>spiral</source>
            <translation>螺旋</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="20" />
            <source>XOR (4 points)</source>
            <translation>XOR（4 个点）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="20" />
            <source>gaussian hills</source>
            <translation>高斯小山</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="20" />
            <source>moons</source>
            <translation>双月</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="20" />
            <source>plane</source>
            <translation>平面</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="21" />
            <source>breast cancer</source>
            <translation>乳腺癌</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="21" />
            <source>iris</source>
            <translation>鸢尾花</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="21" />
            <source>painted</source>
            <translation>手绘</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="21" />
            <source>wine</source>
            <translation>葡萄酒</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="22" />
            <source>digits</source>
            <translation>手写数字</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="24" />
            <source>classification</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="24" />
            <source>decide from the column</source>
            <translation>根据这一列判断</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="24" />
            <location filename="../../mlp_studio/ui/inspector.py" line="35" />
            <source>regression</source>
            <translation>回归</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="43" />
            <location filename="../../mlp_studio/ui/data_panel.py" line="252" />
            <source>Import CSV</source>
            <translation>导入 CSV</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="45" />
            <source>&lt;b&gt;{file}&lt;/b&gt;: {n} columns</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt;：{n} 列</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="52" />
            <source>Target column</source>
            <translation>目标列</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="53" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="88" />
            <source>The data the network learns from</source>
            <translation>网络学习用的数据</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="97" />
            <source>Regenerate</source>
            <translation>重新生成</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="98" />
            <source>Draw a new sample of the same data set (next data seed)</source>
            <translation>重新抽取同一个数据集的样本（下一个数据随机种子）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="100" />
            <source>Import CSV…</source>
            <translation>导入 CSV…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="101" />
            <source>Train on your own table: numeric columns and one target column</source>
            <translation>用你自己的表格训练：若干数值列和一个目标列</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="116" />
            <source>How noisy the data is, 0 to 0.5 (TensorFlow Playground's noise slider / 100): labels flipped near the boundary, or wider blobs and scatter</source>
            <translation>数据的噪声大小，0 到 0.5（TensorFlow Playground 的噪声滑块 / 100）：分界线附近的标签被翻转，或者点团和散布更宽</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="119" />
            <source>How many points are generated</source>
            <translation>生成多少个点</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="121" />
            <source>Share of the points held out to test the network (hollow points)</source>
            <translation>留出多少比例的点来测试网络（空心点）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="123" />
            <source>Seed of the generator and the split: same seed, same data</source>
            <translation>生成器和划分的随机种子：种子相同，数据就相同</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="127" />
            <source>Noise</source>
            <translation>噪声</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="128" />
            <source>Samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="129" />
            <source>Test share</source>
            <translation>测试集比例</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="130" />
            <source>Data seed</source>
            <translation>数据随机种子</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="135" />
            <source>Input features</source>
            <translation>输入特征</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="136" />
            <source>What the network sees of each point (x1, x2) of the plane</source>
            <translation>网络看到的是平面上每个点 (x1, x2) 的哪些信息</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="182" />
            <source>CSV: {file}</source>
            <translation>CSV：{file}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="199" />
            <source>{file}, predicting column “{column}”.</source>
            <translation>{file}，预测“{column}”列。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/data_panel.py" line="253" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_binding.py" line="198" />
            <source>Discard the trained network?</source>
            <translation>丢弃训练好的网络？</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_binding.py" line="199" />
            <source>This change rebuilds the network and its training so far is lost. Continue?</source>
            <translation>这个修改会重建网络，到目前为止的训练都会丢失。继续吗？</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_canvas.py" line="166" />
            <source>Insert here</source>
            <translation>插入到这里</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_canvas.py" line="190" />
            <source>Move here</source>
            <translation>移动到这里</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_canvas.py" line="241" />
            <source>Release to remove this neuron</source>
            <translation>松开鼠标即可删除这个神经元</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_items.py" line="106" />
            <source>Drag sideways to move this layer · click to inspect · Delete removes it</source>
            <translation>左右拖动可移动这一层 · 单击可查看 · 按 Delete 删除</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_items.py" line="109" />
            <location filename="../../mlp_studio/ui/design_requests.py" line="58" />
            <location filename="../../mlp_studio/ui/inspector.py" line="241" />
            <location filename="../../mlp_studio/ui/inspector.py" line="280" />
            <location filename="../../mlp_studio/ui/teaching/health_panel.py" line="37" />
            <source>Hidden {n}</source>
            <translation>隐藏层 {n}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_items.py" line="113" />
            <source>One neuron fewer (or drag a neuron out of the layer)</source>
            <translation>减少一个神经元（或把一个神经元拖出这一层）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_items.py" line="115" />
            <source>One neuron more</source>
            <translation>增加一个神经元</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_items.py" line="116" />
            <source>Delete this layer (Delete)</source>
            <translation>删除这一层（Delete）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_items.py" line="122" />
            <source>Collapse into one block</source>
            <translation>折叠成一个方块</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_items.py" line="122" />
            <source>Show every neuron</source>
            <translation>显示所有神经元</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_items.py" line="200" />
            <source>Drag a hidden layer here</source>
            <translation>把隐藏层拖到这里</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_items.py" line="201" />
            <source>from the palette above</source>
            <translation>从上方的组件栏</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_requests.py" line="82" />
            <source>Insert {name} layer</source>
            <translation>插入 {name} 层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_requests.py" line="96" />
            <source>Move {layer} to position {n}</source>
            <translation>把{layer}移动到位置 {n}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_requests.py" line="106" />
            <source>Delete {layer}</source>
            <translation>删除{layer}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_requests.py" line="113" />
            <source>Add a neuron to {layer}</source>
            <translation>给{layer}增加一个神经元</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_requests.py" line="120" />
            <source>Remove a neuron from {layer}</source>
            <translation>从{layer}减少一个神经元</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_requests.py" line="136" />
            <source>Set {layer} to {n} neurons</source>
            <translation>把{layer}设为 {n} 个神经元</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_requests.py" line="144" />
            <source>Set {layer} activation to {name}</source>
            <translation>把{layer}的激活函数设为 {name}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_requests.py" line="151" />
            <location filename="../../mlp_studio/ui/design_requests.py" line="192" />
            <source>Set weight init to {name}</source>
            <translation>把权重初始化设为 {name}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_requests.py" line="159" />
            <source>Set output activation to {name}</source>
            <translation>把输出层激活函数设为 {name}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_requests.py" line="167" />
            <source>Set loss to {name}</source>
            <translation>把损失函数设为 {name}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/design_requests.py" line="190" />
            <source>Set network seed to {seed}</source>
            <translation>把网络随机种子设为 {seed}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/diagnostics.py" line="25" />
            <location filename="../../mlp_studio/ui/diagnostics.py" line="47" />
            <source>Confusion matrix (test split)</source>
            <translation>混淆矩阵（测试集）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/diagnostics.py" line="28" />
            <source>true class</source>
            <translation>真实类别</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/diagnostics.py" line="29" />
            <source>predicted class</source>
            <translation>预测类别</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/diagnostics.py" line="47" />
            <source>Confusion matrix (training split)</source>
            <translation>混淆矩阵（训练集）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/diagnostics.py" line="101" />
            <source>Activations per layer</source>
            <translation>每层的激活值</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/diagnostics.py" line="104" />
            <source>activation</source>
            <translation>激活值</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/diagnostics.py" line="105" />
            <source>share of values</source>
            <translation>数值所占比例</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/diagnostics.py" line="162" />
            <source>Predicted vs true</source>
            <translation>预测值与真实值</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/diagnostics.py" line="164" />
            <source>true value</source>
            <translation>真实值</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/diagnostics.py" line="165" />
            <source>predicted</source>
            <translation>预测值</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="10" />
            <source>learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="10" />
            <source>momentum</source>
            <translation>动量</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="10" />
            <source>optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="11" />
            <source>Nesterov momentum</source>
            <translation>Nesterov 动量</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="11" />
            <source>β₁</source>
            <translation>β₁</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="11" />
            <source>β₂</source>
            <translation>β₂</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="11" />
            <source>ε</source>
            <translation>ε</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="11" />
            <source>ρ</source>
            <translation>ρ</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="12" />
            <source>L1</source>
            <translation>L1</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="12" />
            <source>L2</source>
            <translation>L2</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="12" />
            <source>batch seed</source>
            <translation>批次随机种子</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="12" />
            <source>batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="12" />
            <source>epoch limit</source>
            <translation>轮数上限</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="13" />
            <source>data set</source>
            <translation>数据集</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="13" />
            <source>noise</source>
            <translation>噪声</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="13" />
            <source>samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="13" />
            <source>test share</source>
            <translation>测试集比例</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="14" />
            <source>CSV file</source>
            <translation>CSV 文件</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="14" />
            <source>data seed</source>
            <translation>数据随机种子</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="14" />
            <source>input features</source>
            <translation>输入特征</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="14" />
            <source>target column</source>
            <translation>目标列</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="15" />
            <source>task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="27" />
            <source>off</source>
            <translation>关</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="27" />
            <source>on</source>
            <translation>开</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="37" />
            <source>Change hyper-parameters</source>
            <translation>修改超参数</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="39" />
            <location filename="../../mlp_studio/ui/edit_names.py" line="52" />
            <source>Set {field} to {value}</source>
            <translation>把{field}设为 {value}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="47" />
            <source>Use data set {name}</source>
            <translation>使用数据集 {name}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="49" />
            <source>Set test share to {percent} %</source>
            <translation>把测试集比例设为 {percent} %</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="54" />
            <source>Change data settings</source>
            <translation>修改数据设置</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="62" />
            <source>Switch {name} off</source>
            <translation>关闭 {name}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="62" />
            <source>Switch {name} on</source>
            <translation>打开 {name}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/edit_names.py" line="63" />
            <source>Change input features</source>
            <translation>修改输入特征</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="25" />
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>PNG 图像 (*.png);;SVG 图像 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="28" />
            <source>&amp;Loss curve…</source>
            <translation>损失曲线(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="29" />
            <source>&amp;Accuracy / R² curve…</source>
            <translation>准确率 / R² 曲线(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="30" />
            <source>&amp;Decision boundary / output…</source>
            <translation>决策边界 / 输出(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="31" />
            <source>&amp;Network diagram…</source>
            <translation>网络结构图(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="35" />
            <source>&amp;Python script (NumPy)…</source>
            <translation>Python 脚本（NumPy）(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="35" />
            <source>Python script (*.py)</source>
            <translation>Python 脚本 (*.py)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="37" />
            <source>&amp;ONNX model…</source>
            <translation>ONNX 模型(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="37" />
            <source>ONNX model (*.onnx)</source>
            <translation>ONNX 模型 (*.onnx)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="39" />
            <source>&amp;Weights as CSV…</source>
            <translation>权重导出为 CSV(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="39" />
            <location filename="../../mlp_studio/ui/export_actions.py" line="41" />
            <source>CSV file (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="41" />
            <source>Loss &amp;history as CSV…</source>
            <translation>损失历史导出为 CSV(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="61" />
            <source>&amp;Window as PNG…</source>
            <translation>窗口导出为 PNG(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="62" />
            <source>&amp;Plot as PNG / SVG</source>
            <translation>图表导出为 PNG / SVG(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="70" />
            <source>Export {what}</source>
            <translation>导出{what}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="95" />
            <location filename="../../mlp_studio/ui/export_actions.py" line="125" />
            <location filename="../../mlp_studio/ui/export_actions.py" line="178" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="97" />
            <location filename="../../mlp_studio/ui/export_actions.py" line="180" />
            <source>Exported {path}</source>
            <translation>已导出 {path}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="103" />
            <source>Export window as PNG</source>
            <translation>把窗口导出为 PNG</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="104" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/export_actions.py" line="178" />
            <source>Could not write {path}.</source>
            <translation>无法写入 {path}。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="30" />
            <source>MLP Studio projects (*.mlpstudio);;Experiment files (*.json);;All files (*)</source>
            <translation>MLP Studio 项目 (*.mlpstudio);;实验文件 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="31" />
            <source>MLP Studio projects (*.mlpstudio)</source>
            <translation>MLP Studio 项目 (*.mlpstudio)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="40" />
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="41" />
            <source>“{name}” has changes that are not saved (design edits or training since the last save).</source>
            <translation>“{name}”有尚未保存的修改（上次保存之后的设计修改或训练）。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="44" />
            <source>Save them before going on?</source>
            <translation>继续之前要保存吗？</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="99" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="99" />
            <source>Start a new project (XOR, one small hidden layer)</source>
            <translation>新建一个项目（XOR，一个小的隐藏层）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="101" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="101" />
            <source>Save the project: design, data, weights, training state and curves</source>
            <translation>保存项目：设计、数据、权重、训练状态和曲线</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="103" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="103" />
            <source>Save the project to a new file</source>
            <translation>把项目保存为新文件</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="131" />
            <source>{name}[*] — MLP Studio</source>
            <translation>{name}[*] — MLP Studio</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="198" />
            <source>File not found</source>
            <translation>找不到文件</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="198" />
            <source>{path} no longer exists; it was removed from the recent files.</source>
            <translation>{path} 已不存在；已把它从最近的文件中移除。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="227" />
            <source>Cannot open this file</source>
            <translation>无法打开这个文件</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="228" />
            <location filename="../../mlp_studio/ui/file_actions.py" line="251" />
            <source>{error}

The open project was not changed.</source>
            <translation>{error}

当前打开的项目没有改变。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="292" />
            <source>Save project</source>
            <translation>保存项目</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="307" />
            <source>Cannot save the project</source>
            <translation>无法保存项目</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="313" />
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="326" />
            <source>there is no network to save yet (the training thread did not answer)</source>
            <translation>还没有可以保存的网络（训练线程没有响应）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="347" />
            <source>cannot read the data set's CSV ({reason})</source>
            <translation>无法读取数据集的 CSV（{reason}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="350" />
            <source>the CSV is too large to keep in a project</source>
            <translation>CSV 太大，无法保存到项目中</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/file_actions.py" line="383" />
            <source>Open project or experiment</source>
            <translation>打开项目或实验</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/help_dialogs.py" line="17" />
            <source>Delete the selected hidden layer (canvas)</source>
            <translation>删除选中的隐藏层（画布）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/help_dialogs.py" line="18" />
            <source>Clear the canvas selection; close the start page</source>
            <translation>清除画布上的选择；关闭开始页</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/help_dialogs.py" line="19" />
            <source>Back / Next in the explained step</source>
            <translation>逐步讲解中的上一步 / 下一步</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/help_dialogs.py" line="24" />
            <source>&lt;h3&gt;MLP Studio {version}&lt;/h3&gt;&lt;p&gt;Design a multilayer perceptron by drag and drop, train it live, and watch it learn.&lt;/p&gt;&lt;p&gt;Licence: {licence}.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Works offline.&lt;/b&gt; MLP Studio never connects to the internet: lessons, examples and data sets ship with it, and your projects stay on this computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;MLP Studio {version}&lt;/h3&gt;&lt;p&gt;通过拖放设计多层感知器，实时训练，观察它如何学习。&lt;/p&gt;&lt;p&gt;许可证：{licence}。&lt;/p&gt;&lt;p&gt;&lt;b&gt;离线使用。&lt;/b&gt;MLP Studio 从不连接互联网：课程、示例和数据集都随软件提供，你的项目只保存在这台计算机上。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/help_dialogs.py" line="34" />
            <source>About MLP Studio</source>
            <translation>关于 MLP Studio</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/help_dialogs.py" line="59" />
            <source>Canvas</source>
            <translation>画布</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/help_dialogs.py" line="73" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="72" />
            <source>How each step turns gradients into weight changes</source>
            <translation>每一步如何把梯度变成权重的变化</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="73" />
            <source>Step size: too small learns slowly, too large oscillates or diverges</source>
            <translation>步长：太小学得慢，太大会振荡甚至发散</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="76" />
            <source>SGD momentum: keeps a share of the previous step</source>
            <translation>SGD 动量：保留上一步的一部分</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="78" />
            <source>Look-ahead momentum (SGD)</source>
            <translation>前瞻动量（SGD）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="80" />
            <source>Adam: decay of the running mean of gradients</source>
            <translation>Adam：梯度滑动平均的衰减率</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="82" />
            <source>Adam: decay of the running mean of squared gradients</source>
            <translation>Adam：梯度平方滑动平均的衰减率</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="84" />
            <source>RMSProp: decay of the running mean of squared gradients</source>
            <translation>RMSProp：梯度平方滑动平均的衰减率</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="86" />
            <source>full batch</source>
            <translation>全批量</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="87" />
            <source>Samples per step; 0 = the whole training set (full batch)</source>
            <translation>每一步的样本数；0 = 整个训练集（全批量）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="88" />
            <source>L1 penalty l1·Σ|w|: pushes weights to exactly zero</source>
            <translation>L1 惩罚 l1·Σ|w|：把权重推向正好为零</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="89" />
            <source>L2 penalty (l2/2)·Σw²: keeps weights small</source>
            <translation>L2 惩罚 (l2/2)·Σw²：让权重保持较小</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="91" />
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="92" />
            <source>Training stops after this many epochs (0 = never)</source>
            <translation>训练到这么多轮后停止（0 = 不停止）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="95" />
            <source>How the weights start (changing it restarts training)</source>
            <translation>权重如何初始化（修改后训练会重新开始）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="97" />
            <source>Seed of the initial weights and the batch order (restarts training)</source>
            <translation>初始权重和批次顺序的随机种子（修改后训练会重新开始）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="98" />
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="24" />
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="98" />
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="24" />
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="99" />
            <source>Momentum</source>
            <translation>动量</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="100" />
            <source>Batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="101" />
            <source>Epoch limit</source>
            <translation>轮数上限</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="101" />
            <location filename="../../mlp_studio/ui/inspector.py" line="105" />
            <source>Weight init</source>
            <translation>权重初始化</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/hyper_panel.py" line="102" />
            <source>Network seed</source>
            <translation>网络随机种子</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="30" />
            <source>binary cross-entropy</source>
            <translation>二元交叉熵</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="30" />
            <source>mean squared error</source>
            <translation>均方误差</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="31" />
            <source>categorical cross-entropy</source>
            <translation>分类交叉熵</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="34" />
            <source>binary classification</source>
            <translation>二分类</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="34" />
            <source>classification into several classes</source>
            <translation>多分类</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="40" />
            <source>&lt;p&gt;&lt;b&gt;Nothing selected.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click a layer's header, a neuron or a link on the canvas to inspect it.&lt;/p&gt;&lt;p&gt;Drag a layer from the palette onto the network to add one.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;未选中任何对象。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;在画布上单击某一层的标题、一个神经元或一条连接，即可查看它。&lt;/p&gt;&lt;p&gt;把组件栏中的层拖到网络上，即可添加一层。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="94" />
            <source>Neurons in this layer (the network is rebuilt)</source>
            <translation>这一层的神经元数（网络会重建）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="96" />
            <source>The activation function f of every neuron in this layer</source>
            <translation>这一层每个神经元的激活函数 f</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="99" />
            <source>How all weights of the network start (the network is rebuilt)</source>
            <translation>网络所有权重的初始化方式（网络会重建）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="101" />
            <source>What the network minimises</source>
            <translation>网络要最小化的量</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="104" />
            <source>Activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="104" />
            <source>Neurons</source>
            <translation>神经元</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="136" />
            <source>Type a weight and press Enter: it is applied to the live network at once</source>
            <translation>输入一个权重并按回车：它会立即应用到正在训练的网络</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="139" />
            <source>Drag to change the weight and watch the boundary follow</source>
            <translation>拖动可以改变权重，观察决策边界如何跟着变化</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="140" />
            <source>Applied to the live network between training steps. Reset (R) or any design change starts again from the seeded weights.</source>
            <translation>在两个训练步骤之间应用到正在训练的网络。重置（R）或任何设计修改都会从设定随机种子的初始权重重新开始。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="144" />
            <source>Weight w</source>
            <translation>权重 w</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="187" />
            <source>&lt;b&gt;Input layer&lt;/b&gt; · {n} inputs</source>
            <translation>&lt;b&gt;输入层&lt;/b&gt; · {n} 个输入</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="190" />
            <source>The data's features. Click a feature on the canvas to switch it on or off.</source>
            <translation>数据的特征。在画布上单击一个特征，可以打开或关闭它。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="191" />
            <source>The data's features. They come from the data set's columns.</source>
            <translation>数据的特征。它们来自数据集的列。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="195" />
            <source>&lt;b&gt;Output layer&lt;/b&gt;</source>
            <translation>&lt;b&gt;输出层&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="196" />
            <source>&lt;b&gt;Hidden layer {n}&lt;/b&gt;</source>
            <translation>&lt;b&gt;隐藏层 {n}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="207" />
            <source>Use −/+ on the layer's header, or drag a neuron out of it.</source>
            <translation>使用这一层标题上的 −/+，或者把一个神经元拖出这一层。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="209" />
            <source>1 output: the task ({task}) sets the width.</source>
            <translation>1 个输出：宽度由任务（{task}）决定。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="211" />
            <source>{n} outputs: the task ({task}) sets the width.</source>
            <translation>{n} 个输出：宽度由任务（{task}）决定。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="241" />
            <location filename="../../mlp_studio/ui/inspector.py" line="280" />
            <location filename="../../mlp_studio/ui/teaching/health_panel.py" line="37" />
            <source>Output</source>
            <translation>输出层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="242" />
            <source>&lt;b&gt;{where}&lt;/b&gt;, neuron {n}</source>
            <translation>&lt;b&gt;{where}&lt;/b&gt;，神经元 {n}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="244" />
            <source>&lt;i&gt;Waiting for the network's weights…&lt;/i&gt;</source>
            <translation>&lt;i&gt;正在等待网络的权重…&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="260" />
            <source>Click a data point in the boundary plot to see this neuron's numbers for it.</source>
            <translation>在决策边界图中单击一个数据点，即可看到这个神经元对它的计算数值。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector.py" line="281" />
            <source>&lt;b&gt;Link&lt;/b&gt; {source} → {target}, neuron {n}</source>
            <translation>&lt;b&gt;连接&lt;/b&gt; {source} → {target}，神经元 {n}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector_text.py" line="32" />
            <source>({n} more terms)</source>
            <translation>（还有 {n} 项）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector_text.py" line="41" />
            <source>1 input</source>
            <translation>1 个输入</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector_text.py" line="41" />
            <location filename="../../mlp_studio/ui/network_view.py" line="273" />
            <source>{n} inputs</source>
            <translation>{n} 个输入</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/inspector_text.py" line="53" />
            <source>For the selected point</source>
            <translation>选中的点</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/lesson_panel.py" line="48" />
            <source>&lt;b&gt;Try:&lt;/b&gt;</source>
            <translation>&lt;b&gt;试一试：&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/lesson_panel.py" line="93" />
            <source>Fixed in this lesson: {names}.</source>
            <translation>本课程中固定不变：{names}。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/lesson_panel.py" line="96" />
            <source>Next lesson ▸</source>
            <translation>下一课 ▸</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/lesson_panel.py" line="112" />
            <source>Load this variant (training starts again)</source>
            <translation>载入这个变体（训练重新开始）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="26" />
            <source>Locked by this lesson</source>
            <translation>已被本课程锁定</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="32" />
            <source>the data set</source>
            <translation>数据集</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="32" />
            <source>the input features</source>
            <translation>输入特征</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="32" />
            <source>the network's layers</source>
            <translation>网络的层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="33" />
            <source>the activation functions</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="33" />
            <source>the loss</source>
            <translation>损失函数</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="33" />
            <source>the weight initialisation</source>
            <translation>权重初始化</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="34" />
            <source>the batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="34" />
            <source>the learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="34" />
            <source>the optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="35" />
            <source>the epoch limit</source>
            <translation>轮数上限</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="35" />
            <source>the regularisation</source>
            <translation>正则化</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="35" />
            <source>the seeds</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="36" />
            <source>the weights</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/locks.py" line="135" />
            <source>This lesson keeps {what} fixed (View ▸ Teacher: unlock all lifts it).</source>
            <translation>本课程固定了{what}（视图 ▸ 教师：全部解锁 可以解除）。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/main_window.py" line="190" />
            <source>Hidden {n} ({act})</source>
            <translation>隐藏层 {n}（{act}）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/main_window.py" line="220" />
            <source>Not changed: {reason}</source>
            <translation>未修改：{reason}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/main_window.py" line="236" />
            <source>Select a hidden layer (click its header) to delete it</source>
            <translation>请先选中一个隐藏层（单击它的标题），再删除</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/main_window.py" line="299" />
            <source>Diverged: try a smaller learning rate, then Reset (R)</source>
            <translation>发散：请试试更小的学习率，然后重置（R）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/main_window.py" line="302" />
            <source>Training failed</source>
            <translation>训练失败</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/main_window.py" line="302" />
            <source>Training stopped because of an error. Reset or change the settings to try again.</source>
            <translation>训练因出错而停止。请重置或修改设置后再试。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_items.py" line="72" />
            <source>{n}
units</source>
            <translation>{n}
个单元</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="34" />
            <source>MSE</source>
            <translation>MSE</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="34" />
            <source>binary CE</source>
            <translation>二元交叉熵</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="34" />
            <source>categorical CE</source>
            <translation>分类交叉熵</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="234" />
            <source>{name}: click to switch this input off</source>
            <translation>{name}：单击可关闭这个输入</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="235" />
            <source>{name}: click to switch this input on</source>
            <translation>{name}：单击可打开这个输入</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="241" />
            <source>&lt;b&gt;Input&lt;/b&gt; {name} · switched off&lt;br&gt;click to feed it to the network</source>
            <translation>&lt;b&gt;输入&lt;/b&gt; {name} · 已关闭&lt;br&gt;单击可把它输入网络</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="251" />
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="251" />
            <source>Input · click to switch</source>
            <translation>输入 · 单击可切换</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="253" />
            <source>Output · {act}</source>
            <translation>输出 · {act}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="255" />
            <source>loss: {name}</source>
            <translation>损失：{name}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="273" />
            <source>{n} outputs</source>
            <translation>{n} 个输出</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="304" />
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="125" />
            <source>inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="305" />
            <source>&lt;b&gt;Input&lt;/b&gt; {name}</source>
            <translation>&lt;b&gt;输入&lt;/b&gt; {name}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="309" />
            <source>&lt;b&gt;Output&lt;/b&gt; {name} · {act}</source>
            <translation>&lt;b&gt;输出&lt;/b&gt; {name} · {act}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="311" />
            <source>&lt;b&gt;Hidden {n}&lt;/b&gt;, neuron {j} · {act}</source>
            <translation>&lt;b&gt;隐藏层 {n}&lt;/b&gt;，神经元 {j} · {act}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/network_view.py" line="342" />
            <source>bias b = {b}</source>
            <translation>偏置 b = {b}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/output_panel.py" line="28" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/output_panel.py" line="28" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/output_panel.py" line="32" />
            <location filename="../../mlp_studio/ui/teaching/live.py" line="47" />
            <source>class {name}</source>
            <translation>类别 {name}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/output_panel.py" line="35" />
            <source>misclassified</source>
            <translation>分错的点</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_bar.py" line="70" />
            <source>Paint</source>
            <translation>绘制</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_bar.py" line="70" />
            <source>Paint your own points on the plane: click adds one point, dragging brushes several; every stroke is one undo step</source>
            <translation>在平面上绘制你自己的数据点：单击添加一个点，拖动可一次画出多个点；每一笔都是一个撤销步骤</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_bar.py" line="77" />
            <source>Paint class {k}</source>
            <translation>绘制类别 {k}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_bar.py" line="89" />
            <source>Brush size</source>
            <translation>画笔大小</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_bar.py" line="91" />
            <source>Erase</source>
            <translation>擦除</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_bar.py" line="91" />
            <source>Remove the points under the brush</source>
            <translation>删除画笔下的数据点</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_bar.py" line="92" />
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_bar.py" line="92" />
            <source>Remove every painted point and start from an empty plane</source>
            <translation>删除所有绘制的点，从空白平面重新开始</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_bar.py" line="117" />
            <source>Brush</source>
            <translation>画笔</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_tool.py" line="181" />
            <source>At most {n:,} painted points</source>
            <translation>最多只能绘制 {n:,} 个点</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_tool.py" line="188" />
            <source>Erase {n} point(s)</source>
            <translation>擦除 {n} 个点</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_tool.py" line="190" />
            <source>Paint a point of class {k}</source>
            <translation>绘制一个类别 {k} 的点</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_tool.py" line="191" />
            <source>Paint {n} points of class {k}</source>
            <translation>绘制 {n} 个类别 {k} 的点</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_tool.py" line="197" />
            <source>Clear painted points</source>
            <translation>清空绘制的点</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_tool.py" line="298" />
            <source>Empty plane: pick a colour and click or drag on the plot. Paint at least two classes.</source>
            <translation>平面是空的：选择一种颜色，在图上单击或拖动。至少绘制两个类别。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/paint_tool.py" line="299" />
            <source>Only class {k} so far: paint at least two classes to train.</source>
            <translation>目前只有类别 {k}：至少绘制两个类别才能训练。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/palette.py" line="60" />
            <source>Dense hidden layer with {name} activation: drag it onto the network (between two layers), or double-click to add it before the output</source>
            <translation>使用 {name} 激活函数的全连接隐藏层：把它拖到网络上（两层之间），或双击把它添加到输出层之前</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/palette.py" line="93" />
            <source>&lt;b&gt;Dense&lt;/b&gt;&lt;br&gt;{name}</source>
            <translation>&lt;b&gt;全连接&lt;/b&gt;&lt;br&gt;{name}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/palette.py" line="99" />
            <source>Dense layer · {name}</source>
            <translation>全连接层 · {name}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/palette.py" line="135" />
            <source>&lt;b&gt;PALETTE&lt;/b&gt;&lt;br&gt;&lt;span style='color:#78909C'&gt;drag to add&lt;/span&gt;</source>
            <translation>&lt;b&gt;组件栏&lt;/b&gt;&lt;br&gt;&lt;span style='color:#78909C'&gt;拖动添加&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/palette.py" line="136" />
            <source>Drag a layer onto the network, between two layers, to insert it there</source>
            <translation>把一层拖到网络上两层之间，就会插入到那里</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/recent_files.py" line="83" />
            <source>&amp;Clear list</source>
            <translation>清空列表(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/render.py" line="108" />
            <source>cannot write the picture {path}</source>
            <translation>无法写入图片 {path}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/speed.py" line="34" />
            <source>Full speed</source>
            <translation>全速</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/speed.py" line="35" />
            <source>{n} epochs/s</source>
            <translation>{n} 轮/秒</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/speed.py" line="51" />
            <source>Most epochs trained per second: slow it down to watch a small network learn; full speed for big networks</source>
            <translation>每秒最多训练的轮数：调慢可以看清小网络如何学习；大网络请用全速</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/speed.py" line="55" />
            <source>Spee&amp;d</source>
            <translation>速度(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/speed.py" line="63" />
            <source>Faster</source>
            <translation>加快</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/speed.py" line="64" />
            <source>Slower</source>
            <translation>减慢</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/speed.py" line="71" />
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/start_page.py" line="116" />
            <source>MLP Studio</source>
            <translation>MLP Studio</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/start_page.py" line="117" />
            <source>Build a small neural network, press Space, and watch it learn.</source>
            <translation>搭建一个小型神经网络，按下空格键，观察它如何学习。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/start_page.py" line="128" />
            <source>Show this page when MLP Studio starts</source>
            <translation>启动 MLP Studio 时显示此页</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/start_page.py" line="129" />
            <source>Esc closes this page · Help ▸ Start page brings it back</source>
            <translation>按 Esc 关闭此页 · 帮助 ▸ 开始页 可以重新打开</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/start_page.py" line="139" />
            <source>Start a lesson</source>
            <translation>开始一个课程</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/start_page.py" line="162" />
            <source>Start something new</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/start_page.py" line="164" />
            <source>A small network on the XOR data, ready to train</source>
            <translation>一个基于 XOR 数据的小型网络，可以直接训练</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/start_page.py" line="164" />
            <source>New network</source>
            <translation>新建网络</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/start_page.py" line="166" />
            <source>A saved project (.mlpstudio) or an experiment (.json)</source>
            <translation>已保存的项目（.mlpstudio）或实验文件（.json）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/start_page.py" line="166" />
            <source>Open…</source>
            <translation>打开…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/start_page.py" line="168" />
            <source>Open example</source>
            <translation>打开示例</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/start_page.py" line="168" />
            <source>Ready-made experiments</source>
            <translation>现成的实验</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/start_page.py" line="180" />
            <source>Recent files</source>
            <translation>最近的文件</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/start_page.py" line="184" />
            <source>Nothing yet: files you open or save appear here.</source>
            <translation>这里还是空的：你打开或保存的文件会显示在这里。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/status.py" line="15" />
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/status.py" line="15" />
            <source>Ready: press Space to train</source>
            <translation>就绪：按空格键开始训练</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/status.py" line="15" />
            <source>Training…</source>
            <translation>正在训练…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/status.py" line="16" />
            <source>Diverged</source>
            <translation>已发散</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/status.py" line="16" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/status.py" line="16" />
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/status.py" line="72" />
            <source>epoch {epoch}  │  step {step}  │  {rate} steps/s  │  loss train {train}  test {test}</source>
            <translation>第 {epoch} 轮  │  第 {step} 步  │  {rate} 步/秒  │  训练损失 {train}  测试损失 {test}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/status.py" line="86" />
            <source>Completed epochs (passes over the training set)</source>
            <translation>已完成的轮数（遍历训练集的次数）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/status.py" line="91" />
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="198" />
            <source>Epoch {e}</source>
            <translation>第 {e} 轮</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/status.py" line="114" />
            <source>Hide this message</source>
            <translation>隐藏这条消息</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/activations_dialog.py" line="32" />
            <source>Activation explorer</source>
            <translation>激活函数浏览器</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/activations_dialog.py" line="47" />
            <source>&lt;span style='color:{b}'&gt;━━ f(z)&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style='color:{o}'&gt;╍╍ f′(z), its slope: what backpropagation multiplies by&lt;/span&gt;</source>
            <translation>&lt;span style='color:{b}'&gt;━━ f(z)&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style='color:{o}'&gt;╍╍ f′(z)，即它的斜率：反向传播时要乘上的因子&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/activations_dialog.py" line="87" />
            <source>It maps a vector to a vector, so it has no single curve to draw.</source>
            <translation>它把一个向量映射为另一个向量，因此无法画成一条曲线。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="24" />
            <source>Hidden activation</source>
            <translation>隐藏层激活函数</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="25" />
            <source>Batch size (0 = full batch)</source>
            <translation>批大小（0 = 全批量）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="59" />
            <source>Compare runs</source>
            <translation>对比训练</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="63" />
            <source>Same data, same seeds, one setting changed. Press Run.</source>
            <translation>相同的数据、相同的随机种子，只改变一项设置。请按“运行”。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="79" />
            <source> epochs</source>
            <translation> 轮</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="80" />
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="219" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="84" />
            <source>Vary</source>
            <translation>改变</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="85" />
            <source>for</source>
            <translation>训练</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="94" />
            <source>Loss (train solid, test dashed)</source>
            <translation>损失（实线为训练集，虚线为测试集）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="95" />
            <source>epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="115" />
            <source>Boundaries are drawn for 2-D data sets only.</source>
            <translation>只有二维数据集才会绘制决策边界。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="152" />
            <source>Stopped.</source>
            <translation>已停止。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="163" />
            <source>Not a valid value: {e}</source>
            <translation>无效的值：{e}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="170" />
            <source>Failed: {m}</source>
            <translation>失败：{m}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="173" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="174" />
            <source>Training both runs…</source>
            <translation>正在训练两次运行…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/compare_dialog.py" line="196" />
            <source>diverged</source>
            <translation>发散</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="27" />
            <source>Each neuron adds up its weighted inputs and its bias (z), then applies its activation: a = f(z).</source>
            <translation>每个神经元把加权输入与偏置相加（得到 z），再经过激活函数：a = f(z)。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="28" />
            <source>The output ŷ is compared with the target y: the loss says how wrong this prediction is.</source>
            <translation>把输出 ŷ 与目标值 y 比较：损失表示这次预测错得有多远。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="29" />
            <source>Backwards, layer by layer: δ = ∂L/∂z says how the loss changes with a neuron's z (the chain rule); a link's gradient is its input times the δ of the neuron it feeds.</source>
            <translation>从后往前逐层计算：δ = ∂L/∂z 表示损失随某个神经元的 z 如何变化（链式法则）；一条连接的梯度等于它的输入乘以它所连接的神经元的 δ。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="31" />
            <source>Every weight takes a small step against its gradient: w ← w − α·∂L/∂w. Apply step makes the live network take exactly this step.</source>
            <translation>每个权重都沿梯度的反方向走一小步：w ← w − α·∂L/∂w。“应用这一步”会让正在训练的网络执行完全相同的这一步。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="34" />
            <source>Teach ▸ Explain one step… pauses training and explains one step on the chosen sample.</source>
            <translation>教学 ▸ 讲解一步… 会暂停训练，并在所选样本上讲解一步训练。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="72" />
            <source>Which training sample the step is explained on (or click a point in the boundary plot)</source>
            <translation>用哪个训练样本来讲解这一步（也可以在决策边界图中单击一个点）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="78" />
            <source>Sample</source>
            <translation>样本</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="82" />
            <source>Explained step</source>
            <translation>逐步讲解</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="90" />
            <source>The neuron whose formulas are written out (or click it on the canvas)</source>
            <translation>要写出公式的神经元（也可以在画布上单击它）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="115" />
            <source>◀ Back</source>
            <translation>◀ 上一步</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="117" />
            <source>The previous stage (Alt+Left)</source>
            <translation>上一个阶段（Alt+Left）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="118" />
            <source>Next ▶</source>
            <translation>下一步 ▶</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="120" />
            <source>The next stage (Alt+Right)</source>
            <translation>下一个阶段（Alt+Right）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="121" />
            <source>Apply step</source>
            <translation>应用这一步</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="122" />
            <source>Make the live network take this step (plain SGD on this sample)</source>
            <translation>让正在训练的网络执行这一步（在这个样本上做普通的随机梯度下降）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="138" />
            <source>Pausing training…</source>
            <translation>正在暂停训练…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="160" />
            <source>No trained network to explain yet: wait for the run to load.</source>
            <translation>还没有可讲解的网络：请等待运行载入。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="170" />
            <source>Training is paused. Next ▶ walks through the step; the canvas shows the numbers.</source>
            <translation>训练已暂停。按“下一步 ▶”逐步查看这一步；画布上会显示具体数值。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="185" />
            <source>The network has changed since this step was explained: press Explain again (Teach menu) to follow the new weights.</source>
            <translation>讲解这一步之后网络已经改变：请再次选择“讲解一步”（教学菜单），以使用新的权重。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="204" />
            <source>{k} of {n} · {title}</source>
            <translation>{k}/{n} · {title}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="235" />
            <source>hidden layer {n}</source>
            <translation>隐藏层 {n}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="235" />
            <source>output</source>
            <translation>输出层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="236" />
            <source>{where}, neuron {j}</source>
            <translation>{where}，神经元 {j}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="279" />
            <source>That is a test point: a training step learns from training samples only.</source>
            <translation>这是一个测试集中的点：训练步骤只从训练样本中学习。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="304" />
            <source>Pause training first: the step was explained for the paused network.</source>
            <translation>请先暂停训练：这一步是针对暂停时的网络讲解的。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="319" />
            <source>Applied: the live network took this step. Loss on this sample {a} → {b} (explained again from the new weights).</source>
            <translation>已应用：正在训练的网络执行了这一步。这个样本上的损失 {a} → {b}（已根据新的权重重新讲解）。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/explain_panel.py" line="324" />
            <source>Not applied: the network had changed meanwhile. Explained again from its current weights.</source>
            <translation>未应用：网络在此期间已经改变。已根据当前权重重新讲解。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="23" />
            <source>Backpropagation gets ∂L/∂w for &lt;i&gt;every&lt;/i&gt; weight from one forward and one backward pass. The finite difference nudges &lt;i&gt;this&lt;/i&gt; weight by ±ε and measures how the loss changes: two forward passes per weight. They agree — backpropagation is the chain rule done efficiently, not an approximation.</source>
            <translation>反向传播只需一次前向传播和一次反向传播，就能得到&lt;i&gt;每一个&lt;/i&gt;权重的 ∂L/∂w。有限差分把&lt;i&gt;这一个&lt;/i&gt;权重改变 ±ε，测量损失的变化：每个权重需要两次前向传播。两者结果一致——反向传播是高效地运用链式法则，而不是近似。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="43" />
            <source>Gradient check</source>
            <translation>梯度检验</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="62" />
            <source>Check again</source>
            <translation>重新检验</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="71" />
            <source>the bias of the target neuron</source>
            <translation>目标神经元的偏置</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="76" />
            <source>every training sample</source>
            <translation>所有训练样本</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="77" />
            <source>the explained step's sample</source>
            <translation>逐步讲解中的样本</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="79" />
            <source>from neuron</source>
            <translation>从神经元</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="79" />
            <source>to neuron</source>
            <translation>到神经元</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="84" />
            <source>Layer</source>
            <translation>层</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="85" />
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="87" />
            <source>Loss over</source>
            <translation>损失计算范围</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="126" />
            <source>{k}: {a} → {b}</source>
            <translation>{k}：{a} → {b}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/gradcheck_dialog.py" line="160" />
            <source>No network yet: wait for the run to load.</source>
            <translation>还没有网络：请等待运行载入。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/health_panel.py" line="84" />
            <source>Gradient norm ‖∂L/∂W‖ per layer</source>
            <translation>每层的梯度范数 ‖∂L/∂W‖</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/health_panel.py" line="86" />
            <source>training step</source>
            <translation>训练步数</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/health_panel.py" line="104" />
            <source>{symbol} of every neuron of this layer ({act}) over the training samples</source>
            <translation>本层（{act}）每个神经元在训练样本上的 {symbol}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/health_panel.py" line="173" />
            <source>No gradient reaches the last layer yet.</source>
            <translation>还没有梯度到达最后一层。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/health_panel.py" line="174" />
            <source>The first layer's gradient is {r} × the last layer's</source>
            <translation>第一层的梯度是最后一层的 {r} 倍</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/health_panel.py" line="176" />
            <source>: vanishing gradients — the first layers hardly learn.</source>
            <translation>：梯度消失——前面几层几乎学不到东西。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/health_panel.py" line="178" />
            <source>: exploding gradients — try a smaller learning rate.</source>
            <translation>：梯度爆炸——试试更小的学习率。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/health_panel.py" line="179" />
            <source>: gradients flow through every layer.</source>
            <translation>：梯度能传到每一层。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/health_panel.py" line="192" />
            <source>dead</source>
            <translation>死亡</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/health_panel.py" line="192" />
            <source>saturated {p}%</source>
            <translation>饱和 {p}%</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/live.py" line="43" />
            <source>target {y}</source>
            <translation>目标值 {y}</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/replay_panel.py" line="63" />
            <source>Timeline</source>
            <translation>时间轴</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/replay_panel.py" line="65" />
            <source>Drag to rewind training: the boundary, neuron maps and weights of that moment (training pauses)</source>
            <translation>拖动以回放训练过程：显示那一时刻的决策边界、神经元图和权重（训练会暂停）</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/replay_panel.py" line="72" />
            <source>Back to now</source>
            <translation>回到当前</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/replay_panel.py" line="73" />
            <source>Show the live network again</source>
            <translation>重新显示正在训练的网络</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/replay_panel.py" line="169" />
            <source>no frames yet: train to record</source>
            <translation>还没有记录：开始训练即可记录</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/replay_panel.py" line="173" />
            <source>now</source>
            <translation>当前</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/replay_panel.py" line="173" />
            <source>replay</source>
            <translation>回放</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/replay_panel.py" line="174" />
            <source>{where}: step {step:,} · epoch {epoch:.2f} · loss {loss:.4f} · {n} frames</source>
            <translation>{where}：第 {step:,} 步 · 第 {epoch:.2f} 轮 · 损失 {loss:.4f} · 共 {n} 帧</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="30" />
            <source>E&amp;xplain one step…</source>
            <translation>讲解一步(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="30" />
            <source>Pause and walk through one training step on one sample, number by number</source>
            <translation>暂停训练，在一个样本上逐个数字地讲解一步训练</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="32" />
            <source>&amp;Gradient check…</source>
            <translation>梯度检验(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="32" />
            <source>Compare a weight's backpropagated gradient with a finite-difference estimate</source>
            <translation>把一个权重通过反向传播得到的梯度与有限差分估计进行比较</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="34" />
            <source>Histograms of z and a per layer, saturated and dead neurons, gradient norms over time</source>
            <translation>每层 z 和 a 的直方图、饱和与死亡的神经元、梯度范数随时间的变化</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="34" />
            <source>Neuron &amp;health</source>
            <translation>神经元健康(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="36" />
            <source>&amp;Replay timeline</source>
            <translation>回放时间轴(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="36" />
            <source>Rewind the boundary, neuron maps and weights to any earlier moment of training</source>
            <translation>把决策边界、神经元图和权重回退到训练中更早的任意时刻</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="39" />
            <source>&amp;Compare runs…</source>
            <translation>对比训练(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="39" />
            <source>Train the same data and seed with two settings and compare their curves and boundaries</source>
            <translation>用两种设置在相同的数据和随机种子下训练，比较它们的曲线和决策边界</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="41" />
            <source>&amp;Activation explorer</source>
            <translation>激活函数浏览器(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="41" />
            <source>Every activation function and its derivative, and when to choose it</source>
            <translation>每种激活函数及其导数，以及何时选用</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="86" />
            <source>EXPLAINED STEP</source>
            <translation>逐步讲解</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="87" />
            <source>NEURON HEALTH</source>
            <translation>神经元健康</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="88" />
            <source>REPLAY</source>
            <translation>回放</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="93" />
            <source>T&amp;each</source>
            <translation>教学(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/teaching/views.py" line="109" />
            <source>Teach</source>
            <translation>教学</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/translation.py" line="205" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/translation.py" line="211" />
            <source>System default</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/translation.py" line="225" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/translation.py" line="226" />
            <source>The language changes the next time MLP Studio starts.</source>
            <translation>语言将在下次启动 MLP Studio 时切换。</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_layout.py" line="19" />
            <source>&lt;span style='color:{blue}'&gt;━━&lt;/span&gt; positive &amp;nbsp;&lt;span style='color:{orange}'&gt;━━&lt;/span&gt; negative weight &amp;nbsp;·&amp;nbsp; thicker = larger &amp;nbsp;·&amp;nbsp; {nodes} &amp;nbsp;·&amp;nbsp; click a neuron or link to inspect it</source>
            <translation>&lt;span style='color:{blue}'&gt;━━&lt;/span&gt; 正权重 &amp;nbsp;&lt;span style='color:{orange}'&gt;━━&lt;/span&gt; 负权重 &amp;nbsp;·&amp;nbsp; 越粗 = 越大 &amp;nbsp;·&amp;nbsp; {nodes} &amp;nbsp;·&amp;nbsp; 单击神经元或连接即可查看</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_layout.py" line="23" />
            <source>point at a neuron to enlarge its map</source>
            <translation>把鼠标指向神经元可放大它的图</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_layout.py" line="24" />
            <source>neuron colour = its bias</source>
            <translation>神经元颜色 = 它的偏置</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_layout.py" line="53" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_layout.py" line="69" />
            <source>DATA</source>
            <translation>数据</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_layout.py" line="70" />
            <source>HYPER-PARAMETERS</source>
            <translation>超参数</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_layout.py" line="73" />
            <source>INSPECTOR</source>
            <translation>检查器</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_layout.py" line="76" />
            <source>OUTPUT</source>
            <translation>输出</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_menus.py" line="21" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_menus.py" line="26" />
            <source>Open &amp;example</source>
            <translation>打开示例(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_menus.py" line="33" />
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_menus.py" line="38" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_menus.py" line="41" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_menus.py" line="48" />
            <source>&amp;Training</source>
            <translation>训练(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_menus.py" line="53" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../mlp_studio/ui/window_menus.py" line="69" />
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>&lt;b&gt;PALETTE&lt;/b&gt;&lt;br&gt;&lt;span style='color:#78909C'&gt;drag onto the network&lt;/span&gt;</source>
            <translation type="obsolete">&lt;b&gt;组件栏&lt;/b&gt;&lt;br&gt;&lt;span style='color:#78909C'&gt;拖到网络上&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Training diverged ({message}). The weights blew up to infinity or NaN: try a smaller learning rate, then Reset.</source>
            <translation type="obsolete">训练发散了（{message}）。权重变成了无穷大或 NaN：请试试更小的学习率，然后重置。</translation>
        </message>
    </context>
</TS>
