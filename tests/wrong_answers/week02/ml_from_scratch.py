"""Plausible wrong answers for week02/ml_from_scratch: each must lose points."""

_PREDICT_PROBA = '''
def predict_proba(X, weights, bias):
    z = np.clip(X @ weights + bias, -500, 500)
    return np.clip(1 / (1 + np.exp(-z)), 1e-15, 1 - 1e-15)
'''

WRONG_ANSWERS = {
    "logistic_regression": [
        # sums the gradient over the rows instead of averaging (the loss is still a mean)
        _PREDICT_PROBA + '''

def fit_logistic_regression(X, y, learning_rate=0.1, n_iters=1000):
    weights, bias, losses = np.zeros(X.shape[1]), 0.0, []
    for _ in range(n_iters):
        p = predict_proba(X, weights, bias)
        losses.append(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
        weights = weights - learning_rate * X.T @ (p - y)
        bias = bias - learning_rate * np.sum(p - y)
    return weights, bias, losses
''',
        # never updates the bias: only the weights get a gradient step
        _PREDICT_PROBA + '''

def fit_logistic_regression(X, y, learning_rate=0.1, n_iters=1000):
    weights, bias, losses = np.zeros(X.shape[1]), 0.0, []
    for _ in range(n_iters):
        p = predict_proba(X, weights, bias)
        losses.append(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
        weights = weights - learning_rate * X.T @ (p - y) / len(y)
    return weights, bias, losses
''',
        # records the summed loss instead of the mean (the updates are right)
        _PREDICT_PROBA + '''

def fit_logistic_regression(X, y, learning_rate=0.1, n_iters=1000):
    weights, bias, losses = np.zeros(X.shape[1]), 0.0, []
    for _ in range(n_iters):
        p = predict_proba(X, weights, bias)
        losses.append(-np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))
        weights = weights - learning_rate * X.T @ (p - y) / len(y)
        bias = bias - learning_rate * np.mean(p - y)
    return weights, bias, losses
''',
        # records the loss after the update instead of before it
        _PREDICT_PROBA + '''

def fit_logistic_regression(X, y, learning_rate=0.1, n_iters=1000):
    weights, bias, losses = np.zeros(X.shape[1]), 0.0, []
    for _ in range(n_iters):
        p = predict_proba(X, weights, bias)
        weights = weights - learning_rate * X.T @ (p - y) / len(y)
        bias = bias - learning_rate * np.mean(p - y)
        p = predict_proba(X, weights, bias)
        losses.append(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    return weights, bias, losses
''',
        # textbook sigmoid with no clipping: 0 and 1 come out exactly, log(0) gives inf / nan
        '''
def predict_proba(X, weights, bias):
    return 1 / (1 + np.exp(-(X @ weights + bias)))


def fit_logistic_regression(X, y, learning_rate=0.1, n_iters=1000):
    weights, bias, losses = np.zeros(X.shape[1]), 0.0, []
    for _ in range(n_iters):
        p = predict_proba(X, weights, bias)
        losses.append(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
        weights = weights - learning_rate * X.T @ (p - y) / len(y)
        bias = bias - learning_rate * np.mean(p - y)
    return weights, bias, losses
''',
        # correct arithmetic, but the sigmoid comes from scipy
        '''
from scipy.special import expit


def predict_proba(X, weights, bias):
    return np.clip(expit(X @ weights + bias), 1e-15, 1 - 1e-15)


def fit_logistic_regression(X, y, learning_rate=0.1, n_iters=1000):
    weights, bias, losses = np.zeros(X.shape[1]), 0.0, []
    for _ in range(n_iters):
        p = predict_proba(X, weights, bias)
        losses.append(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
        weights = weights - learning_rate * X.T @ (p - y) / len(y)
        bias = bias - learning_rate * np.mean(p - y)
    return weights, bias, losses
''',
    ],
    "confusion_matrix": [
        # rows are the predicted class, columns the true class (transposed)
        '''
def confusion_matrix(y_true, y_pred, n_classes):
    matrix = np.zeros((n_classes, n_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        matrix[p, t] += 1
    return matrix
''',
        # takes the classes from the data, so a class absent from the sample loses its row
        '''
def confusion_matrix(y_true, y_pred, n_classes):
    classes = np.unique(np.concatenate([y_true, y_pred]))
    index = {c: i for i, c in enumerate(classes)}
    matrix = np.zeros((len(classes), len(classes)), dtype=int)
    for t, p in zip(y_true, y_pred):
        matrix[index[t], index[p]] += 1
    return matrix
''',
    ],
    "precision_recall_f1": [
        # F1 as the arithmetic mean of precision and recall
        '''
def precision_recall_f1(y_true, y_pred):
    tp = np.sum((y_true == 1) & (y_pred == 1))
    fp = np.sum((y_true == 0) & (y_pred == 1))
    fn = np.sum((y_true == 1) & (y_pred == 0))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (precision + recall) / 2
''',
        # no zero-division rule: numpy division gives nan when nothing is flagged
        '''
def precision_recall_f1(y_true, y_pred):
    tp = np.sum((y_true == 1) & (y_pred == 1))
    fp = np.sum((y_true == 0) & (y_pred == 1))
    fn = np.sum((y_true == 1) & (y_pred == 0))
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    return precision, recall, f1
''',
        # false positives and false negatives swapped, so precision and recall trade places
        '''
def precision_recall_f1(y_true, y_pred):
    tp = np.sum((y_true == 1) & (y_pred == 1))
    fp = np.sum((y_true == 1) & (y_pred == 0))
    fn = np.sum((y_true == 0) & (y_pred == 1))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
''',
    ],
    "roc_auc": [
        # ranks from argsort(argsort): tied scores get distinct ranks instead of their average
        '''
def roc_auc(y_true, scores):
    n_pos = int(np.sum(y_true == 1))
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    ranks = np.argsort(np.argsort(scores)) + 1
    return (ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
''',
        # pairwise count where a tie counts as a loss instead of half a win
        '''
def roc_auc(y_true, scores):
    pos = scores[y_true == 1]
    neg = scores[y_true == 0]
    if len(pos) == 0 or len(neg) == 0:
        raise ValueError("need both classes")
    return float(np.mean(pos[:, None] > neg[None, :]))
''',
        # right formula, but the average ranks come from scipy
        '''
from scipy.stats import rankdata


def roc_auc(y_true, scores):
    n_pos = int(np.sum(y_true == 1))
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    ranks = rankdata(scores)
    return float((ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
''',
    ],
    "threshold_for_recall": [
        # flags score > threshold instead of >=
        '''
def threshold_for_recall(y_true, scores, target_recall):
    n_pos = np.sum(y_true == 1)
    for t in sorted(set(scores.tolist()), reverse=True):
        flagged = scores > t
        tp = np.sum(flagged & (y_true == 1))
        if tp / n_pos >= target_recall:
            return float(t), float(tp / max(flagged.sum(), 1))
    return float(scores.min()), float(np.mean(y_true))
''',
        # the k-th best positive score is the right threshold, but the precision counts only
        # k positives even when more positives tie at the threshold
        '''
import math


def threshold_for_recall(y_true, scores, target_recall):
    positives = np.sort(scores[y_true == 1])[::-1]
    k = math.ceil(target_recall * len(positives))
    threshold = positives[k - 1]
    flagged = np.sum(scores >= threshold)
    return float(threshold), float(k / flagged)
''',
        # rounds the number of positives needed down, so recall can fall short of the target
        '''
def threshold_for_recall(y_true, scores, target_recall):
    positives = np.sort(scores[y_true == 1])[::-1]
    k = max(int(target_recall * len(positives)), 1)
    threshold = positives[k - 1]
    flagged = scores >= threshold
    return float(threshold), float(np.sum(flagged & (y_true == 1)) / np.sum(flagged))
''',
    ],
    "kmeans": [
        # no empty-cluster rule: the mean of no points is nan
        '''
def kmeans(X, initial_centroids, n_iters):
    centroids = initial_centroids.astype(float)
    for _ in range(n_iters):
        labels = np.argmin(((X[:, None] - centroids[None]) ** 2).sum(axis=2), axis=1)
        centroids = np.array([X[labels == j].mean(axis=0) for j in range(len(centroids))])
    labels = np.argmin(((X[:, None] - centroids[None]) ** 2).sum(axis=2), axis=1)
    return centroids, labels
''',
        # updates the caller's initial_centroids array in place
        '''
def kmeans(X, initial_centroids, n_iters):
    centroids = initial_centroids
    for _ in range(n_iters):
        labels = np.argmin(((X[:, None] - centroids[None]) ** 2).sum(axis=2), axis=1)
        for j in range(len(centroids)):
            if np.any(labels == j):
                centroids[j] = X[labels == j].mean(axis=0)
    labels = np.argmin(((X[:, None] - centroids[None]) ** 2).sum(axis=2), axis=1)
    return centroids, labels
''',
        # returns the labels of the last assignment step, made before the last update
        '''
def kmeans(X, initial_centroids, n_iters):
    centroids = np.array(initial_centroids, dtype=float)
    labels = np.argmin(((X[:, None] - centroids[None]) ** 2).sum(axis=2), axis=1)
    for _ in range(n_iters):
        labels = np.argmin(((X[:, None] - centroids[None]) ** 2).sum(axis=2), axis=1)
        for j in range(len(centroids)):
            if np.any(labels == j):
                centroids[j] = X[labels == j].mean(axis=0)
    return centroids, labels
''',
        # a hand-written nearest-centroid loop with <=, so ties go to the higher index
        '''
def kmeans(X, initial_centroids, n_iters):
    centroids = np.array(initial_centroids, dtype=float)

    def assign():
        labels = np.zeros(len(X), dtype=int)
        for i, x in enumerate(X):
            best = np.inf
            for j, c in enumerate(centroids):
                d = np.sum((x - c) ** 2)
                if d <= best:
                    best, labels[i] = d, j
        return labels

    for _ in range(n_iters):
        labels = assign()
        for j in range(len(centroids)):
            if np.any(labels == j):
                centroids[j] = X[labels == j].mean(axis=0)
    return centroids, assign()
''',
    ],
    "knn_predict": [
        # Counter.most_common breaks vote ties by first appearance (the nearest neighbour's label)
        '''
from collections import Counter


def knn_predict(X_train, y_train, X_test, k):
    predictions = []
    for x in X_test:
        distances = np.sqrt(((X_train - x) ** 2).sum(axis=1))
        nearest = np.argsort(distances, kind="stable")[:k]
        predictions.append(Counter(y_train[nearest].tolist()).most_common(1)[0][0])
    return np.array(predictions)
''',
        # skips the closest training point, as if every query were also in the training set
        '''
def knn_predict(X_train, y_train, X_test, k):
    predictions = []
    for x in X_test:
        distances = ((X_train - x) ** 2).sum(axis=1)
        nearest = np.argsort(distances, kind="stable")[1:k + 1]
        predictions.append(np.argmax(np.bincount(y_train[nearest])))
    return np.array(predictions)
''',
        # argpartition picks an arbitrary member among equally distant training points
        '''
def knn_predict(X_train, y_train, X_test, k):
    predictions = []
    for x in X_test:
        distances = ((X_train - x) ** 2).sum(axis=1)
        nearest = np.argpartition(distances, k - 1)[:k]
        predictions.append(np.argmax(np.bincount(y_train[nearest])))
    return np.array(predictions)
''',
    ],
}
