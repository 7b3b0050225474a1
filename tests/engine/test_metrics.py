"""Metrics and evaluate()."""

import numpy as np
import pytest

from mlp_studio.engine import EngineError, Network, accuracy, confusion_matrix, evaluate, r2_score


def test_accuracy_threshold_and_argmax():
    assert accuracy(np.array([[0.2], [0.5], [0.9], [0.49]]), np.array([[0], [1], [0], [0]])) == 0.75
    probs = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8], [0.3, 0.4, 0.3]])
    assert accuracy(probs, np.eye(3)[[0, 2, 0]]) == pytest.approx(2 / 3)
    assert accuracy(probs, np.array([0, 2, 1])) == 1.0          # integer labels work too


def test_r2_score():
    Y = np.array([[1.0], [2.0], [3.0]])
    assert r2_score(Y, Y) == 1.0
    assert r2_score(np.full((3, 1), 2.0), Y) == 0.0
    assert r2_score(np.array([[3.0], [2.0], [1.0]]), Y) == pytest.approx(-3.0)


def test_confusion_matrix_rows_are_true_classes():
    matrix = confusion_matrix(np.array([[0.9], [0.8], [0.1]]), np.array([[1], [0], [0]]))
    np.testing.assert_array_equal(matrix, [[1, 1], [0, 1]])
    probs = np.eye(3)[[0, 1, 1]]
    np.testing.assert_array_equal(confusion_matrix(probs, np.eye(3)[[0, 2, 1]]), [[1, 0, 0], [0, 1, 0],
                                                                                    [0, 1, 0]])


def test_evaluate():
    net = Network([2, 1], ["sigmoid"], "binary_crossentropy", init="zeros")
    X, Y = np.ones((4, 2)), np.array([[1], [1], [0], [1]])
    result = evaluate(net, X, Y, "binary")
    assert result.loss == pytest.approx(np.log(2)) and result.accuracy == 0.75 and result.r2 is None
    reg = Network([1, 1], ["linear"], "mse", dtype="float64")
    reg.set_parameters([np.array([[2.0]])], [np.array([1.0])])
    X = np.array([[0.0], [1.0], [2.0]])
    assert evaluate(reg, X, 2 * X + 1, "regression").r2 == 1.0
    assert np.isnan(evaluate(net, np.empty((0, 2)), np.empty((0, 1)), "binary").loss)
    with pytest.raises(EngineError):
        evaluate(net, X, Y, "clustering")
