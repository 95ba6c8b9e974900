"""Plausible wrong answers for week06/duplicate_listings: each must lose points."""

_BRAND_OK = r'''

def normalize_brand(brand):
    if brand is None or (isinstance(brand, float) and np.isnan(brand)) or brand == "":
        return ""
    text = re.sub(r"[^a-z0-9]", " ", brand.lower().replace("&", " and "))
    return "".join(w for w in text.split() if w not in {"co", "inc", "ltd", "llc", "company"})
'''

_TITLE_OK = r'''
def normalize_title(title):
    def canonical(match):
        unit, factor = UNITS[match.group(2)]
        return f"{round(float(match.group(1)) * factor)}{unit}"

    text = re.sub(SIZE_PATTERN, canonical, title.lower()).replace("&", " and ")
    words = []
    for word in re.sub(r"[^a-z0-9]", " ", text).split():
        words.extend(ABBREVIATIONS.get(word, word).split())
    return " ".join(sorted(w for w in words if w not in STOP_WORDS))
'''

_TUNE = '''
tune_pairs = labelled_pairs[labelled_pairs["split"] == "tune"]
tune_scores = score_pairs(listings, tune_pairs)
'''

_BEST_OK = '''
def best_threshold(scores, labels):
    table = threshold_table(scores, labels)
    f1 = table["f1"].round(9)
    return float(table.loc[f1 == f1.max(), "threshold"].max())
'''

_PRF_OK = '''
def precision_recall_f1(scores, labels, threshold):
    predicted = np.asarray(scores) >= threshold
    actual = np.asarray(labels) == 1
    tp = int(np.sum(predicted & actual))
    fp = int(np.sum(predicted & ~actual))
    fn = int(np.sum(~predicted & actual))
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "f1": 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0,
    }
'''

_TEST_EVAL = '''
test_pairs = labelled_pairs[labelled_pairs["split"] == "test"]
test_scores = score_pairs(listings, test_pairs)
test_labels = test_pairs["is_duplicate"].to_numpy()
holdout_metrics = precision_recall_f1(test_scores, test_labels, chosen_threshold)
candidate_set = set(zip(candidates["id_a"], candidates["id_b"]))
is_candidate = np.array([(min(a, b), max(a, b)) in candidate_set
                         for a, b in zip(test_pairs["id_a"], test_pairs["id_b"])])
pipeline_recall = float((is_candidate & (test_scores >= chosen_threshold))[test_labels == 1].mean())
'''

_CLUSTERS_OK = '''
def duplicate_clusters(listing_ids, pairs):
    parent = {i: i for i in listing_ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in parent}
'''

_CATALOGUE_CLUSTERS = '''
matched_pairs = candidates[candidate_scores >= chosen_threshold].reset_index(drop=True)
clusters = duplicate_clusters(listings["listing_id"], zip(matched_pairs["id_a"], matched_pairs["id_b"]))
sizes = pd.Series(clusters).value_counts()
n_duplicate_clusters = int((sizes > 1).sum())
n_listings_to_merge = int(len(clusters) - len(sizes))
'''

_GOOD_TRADE_OFFS = (
    "A false merge costs more than a missed duplicate: it puts the wrong size or flavour on a product "
    "page, mixes reviews and hides a seller's offer, and transitivity spreads one bad edge to a whole "
    "cluster. A missed duplicate only keeps the clutter we have today. So automatic merges should run at "
    "high precision, with lower recall accepted, a human review band below the threshold and a cap on "
    "cluster size. Blocking saves most comparisons but loses duplicates whose brand is missing or "
    "misspelled; a second pass on rare title words would recover some at the price of more pairs."
)

_GOOD_APPROACH = [
    "Normalise titles and brands: case, units, abbreviations, stop words, word order",
    "Block on normalised brand and category and measure blocking recall",
    "Score candidate pairs with title similarity and attribute agreement",
    "Choose the threshold on the tuning pairs and evaluate on held-out pairs",
    "Cluster matched pairs with union-find and merge each cluster",
]

_RESULTS_OK = '''{
        "reduction_ratio": blocking_summary["reduction_ratio"],
        "blocking_recall": blocking_summary["blocking_recall"],
        "threshold": chosen_threshold,
        "holdout_precision": holdout_metrics["precision"],
        "holdout_recall": holdout_metrics["recall"],
        "pipeline_recall": pipeline_recall,
        "listings_to_merge": n_listings_to_merge,
    }'''


def _case_plan(objective, primary, secondary, guardrail, approach, trade_offs, results=_RESULTS_OK):
    return f'''
case_plan = {{
    "objective": {objective!r},
    "primary_metric": {primary!r},
    "secondary_metrics": {secondary!r},
    "guardrail_metrics": {guardrail!r},
    "approach": {approach!r},
    "trade_offs": {trade_offs!r},
    "results": {results},
}}
'''


_OBJECTIVE = ("Find listings of the same product from different sellers and merge them, so that search "
              "shows each product once and reviews are pooled, without merging different products.")

WRONG_ANSWERS = {
    "normalize_title": [
        # strips punctuation before converting sizes: "0.5 L" falls apart into "0 5 l"
        r'''
def normalize_title(title):
    def canonical(match):
        unit, factor = UNITS[match.group(2)]
        return f"{round(float(match.group(1)) * factor)}{unit}"

    text = re.sub(r"[^a-z0-9]", " ", title.lower().replace("&", " and "))
    text = re.sub(SIZE_PATTERN, canonical, text)
    words = []
    for word in text.split():
        words.extend(ABBREVIATIONS.get(word, word).split())
    return " ".join(sorted(w for w in words if w not in STOP_WORDS))
''' + _BRAND_OK,
        # keeps the sellers' word order instead of sorting the words
        r'''
def normalize_title(title):
    def canonical(match):
        unit, factor = UNITS[match.group(2)]
        return f"{round(float(match.group(1)) * factor)}{unit}"

    text = re.sub(SIZE_PATTERN, canonical, title.lower()).replace("&", " and ")
    words = []
    for word in re.sub(r"[^a-z0-9]", " ", text).split():
        words.extend(ABBREVIATIONS.get(word, word).split())
    return " ".join(w for w in words if w not in STOP_WORDS)
''' + _BRAND_OK,
        # expands abbreviations as substrings of the whole text: "organic" turns into "organicanic"
        r'''
def normalize_title(title):
    def canonical(match):
        unit, factor = UNITS[match.group(2)]
        return f"{round(float(match.group(1)) * factor)}{unit}"

    text = re.sub(SIZE_PATTERN, canonical, title.lower()).replace("&", " and ")
    text = re.sub(r"[^a-z0-9]", " ", text)
    for short, full in ABBREVIATIONS.items():
        text = text.replace(short, full)
    return " ".join(sorted(w for w in text.split() if w not in STOP_WORDS))
''' + _BRAND_OK,
        # titles right, but the brand keeps its spaces and legal forms ("oak and ivy inc")
        _TITLE_OK + r'''

def normalize_brand(brand):
    if brand is None or (isinstance(brand, float) and np.isnan(brand)) or brand == "":
        return ""
    return " ".join(re.sub(r"[^a-z0-9]", " ", brand.lower().replace("&", " and ")).split())
''',
    ],
    "ngram_jaccard": [
        # counts repeated 3-grams (a multiset Jaccard), not the sets the question defines
        '''
from collections import Counter


def ngram_jaccard(a, b, n=3):
    first = Counter(a[i:i + n] for i in range(len(a) - n + 1)) or Counter([a] if a else [])
    second = Counter(b[i:i + n] for i in range(len(b) - n + 1)) or Counter([b] if b else [])
    union = sum((first | second).values())
    return sum((first & second).values()) / union if union else 0.0
''',
        # pads the strings with spaces first, so two empty strings look identical
        '''
def ngram_jaccard(a, b, n=3):
    a, b = " " + a + " ", " " + b + " "
    first = {a[i:i + n] for i in range(len(a) - n + 1)} or {a}
    second = {b[i:i + n] for i in range(len(b) - n + 1)} or {b}
    return len(first & second) / len(first | second)
''',
        # forgets the rule for strings shorter than n: they get no n-grams at all
        '''
def ngram_jaccard(a, b, n=3):
    first = {a[i:i + n] for i in range(len(a) - n + 1)}
    second = {b[i:i + n] for i in range(len(b) - n + 1)}
    union = first | second
    return len(first & second) / len(union) if union else 0.0
''',
        # word-level Jaccard: every typo kills a whole word
        '''
def ngram_jaccard(a, b, n=3):
    first, second = set(a.split()), set(b.split())
    union = first | second
    return len(first & second) / len(union) if union else 0.0
''',
    ],
    "candidate_pairs": [
        # blocks on the brand alone: a brand selling in two categories gets cross-category pairs
        '''
def candidate_pairs(listings):
    keys = pd.DataFrame({"listing_id": listings["listing_id"].to_numpy(),
                         "brand_key": [normalize_brand(b) for b in listings["brand"]]})
    keys = keys[keys["brand_key"] != ""]
    both = keys.merge(keys, on="brand_key", suffixes=("_a", "_b"))
    both = both[both["listing_id_a"] < both["listing_id_b"]]
    out = both.rename(columns={"listing_id_a": "id_a", "listing_id_b": "id_b"})[["id_a", "id_b"]]
    return out.sort_values(["id_a", "id_b"]).reset_index(drop=True)
''',
        # blocks on the raw brand, lowercased: "Oak & Ivy" and "OAK AND IVY" never meet
        '''
def candidate_pairs(listings):
    keys = pd.DataFrame({"listing_id": listings["listing_id"].to_numpy(),
                         "brand_key": listings["brand"].str.lower().to_numpy(),
                         "category": listings["category"].to_numpy()}).dropna()
    both = keys.merge(keys, on=["brand_key", "category"], suffixes=("_a", "_b"))
    both = both[both["listing_id_a"] < both["listing_id_b"]]
    out = both.rename(columns={"listing_id_a": "id_a", "listing_id_b": "id_b"})[["id_a", "id_b"]]
    return out.sort_values(["id_a", "id_b"]).reset_index(drop=True)
''',
        # puts all the brandless listings of a category into one block of their own
        '''
def candidate_pairs(listings):
    keys = pd.DataFrame({"listing_id": listings["listing_id"].to_numpy(),
                         "brand_key": [normalize_brand(b) for b in listings["brand"]],
                         "category": listings["category"].to_numpy()})
    both = keys.merge(keys, on=["brand_key", "category"], suffixes=("_a", "_b"))
    both = both[both["listing_id_a"] < both["listing_id_b"]]
    out = both.rename(columns={"listing_id_a": "id_a", "listing_id_b": "id_b"})[["id_a", "id_b"]]
    return out.sort_values(["id_a", "id_b"]).reset_index(drop=True)
''',
        # keeps both orders of every pair (a != b instead of a < b)
        '''
def candidate_pairs(listings):
    keys = pd.DataFrame({"listing_id": listings["listing_id"].to_numpy(),
                         "brand_key": [normalize_brand(b) for b in listings["brand"]],
                         "category": listings["category"].to_numpy()})
    keys = keys[keys["brand_key"] != ""]
    both = keys.merge(keys, on=["brand_key", "category"], suffixes=("_a", "_b"))
    both = both[both["listing_id_a"] != both["listing_id_b"]]
    out = both.rename(columns={"listing_id_a": "id_a", "listing_id_b": "id_b"})[["id_a", "id_b"]]
    return out.sort_values(["id_a", "id_b"]).reset_index(drop=True)
''',
    ],
    "blocking_report": [
        # looks the labelled pairs up in the order they were stored: reversed pairs count as lost
        '''
def blocking_report(candidates, labelled, n_listings):
    n_all = n_listings * (n_listings - 1) // 2
    kept = set(zip(candidates["id_a"], candidates["id_b"]))
    duplicates = labelled[labelled["is_duplicate"] == 1]
    found = sum((a, b) in kept for a, b in zip(duplicates["id_a"], duplicates["id_b"]))
    return {"n_all_pairs": n_all, "n_candidate_pairs": len(candidates),
            "reduction_ratio": 1 - len(candidates) / n_all,
            "blocking_recall": found / len(duplicates), "missed_duplicates": len(duplicates) - found}
''',
        # counts ordered pairs, n * (n - 1), so the reduction ratio is flattered
        '''
def blocking_report(candidates, labelled, n_listings):
    n_all = n_listings * (n_listings - 1)
    kept = {(min(a, b), max(a, b)) for a, b in zip(candidates["id_a"], candidates["id_b"])}
    duplicates = labelled[labelled["is_duplicate"] == 1]
    found = sum((min(a, b), max(a, b)) in kept for a, b in zip(duplicates["id_a"], duplicates["id_b"]))
    return {"n_all_pairs": n_all, "n_candidate_pairs": len(candidates),
            "reduction_ratio": 1 - len(candidates) / n_all,
            "blocking_recall": found / len(duplicates), "missed_duplicates": len(duplicates) - found}
''',
        # no real recall check: measures it only on the labelled pairs that are candidates
        '''
def blocking_report(candidates, labelled, n_listings):
    n_all = n_listings * (n_listings - 1) // 2
    kept = {(min(a, b), max(a, b)) for a, b in zip(candidates["id_a"], candidates["id_b"])}
    in_blocks = [(min(a, b), max(a, b)) in kept for a, b in zip(labelled["id_a"], labelled["id_b"])]
    duplicates = labelled[in_blocks]
    duplicates = duplicates[duplicates["is_duplicate"] == 1]
    return {"n_all_pairs": n_all, "n_candidate_pairs": len(candidates),
            "reduction_ratio": 1 - len(candidates) / n_all,
            "blocking_recall": 1.0 if len(duplicates) else 0.0, "missed_duplicates": 0}
''',
    ],
    "score_pairs": [
        # similarity on the raw lowercased titles: no normalisation, so units and word order hurt
        r'''
def score_pairs(listings, pairs):
    by_id = listings.set_index("listing_id")
    out = []
    for a, b in zip(pairs["id_a"], pairs["id_b"]):
        ta, tb = by_id.at[a, "title"].lower(), by_id.at[b, "title"].lower()
        na, nb = normalize_title(ta), normalize_title(tb)
        sa = [w for w in na.split() if re.fullmatch(r"\d+(ml|g)", w)]
        sb = [w for w in nb.split() if re.fullmatch(r"\d+(ml|g)", w)]
        size = 0.5 if not sa or not sb else float(sa[0] == sb[0])
        ba, bb = normalize_brand(by_id.at[a, "brand"]), normalize_brand(by_id.at[b, "brand"])
        pa, pb = by_id.at[a, "price"], by_id.at[b, "price"]
        out.append(0.6 * ngram_jaccard(ta, tb) + 0.1 * float(ba == bb and ba != "") + 0.2 * size
                   + 0.1 * min(pa, pb) / max(pa, pb))
    return np.array(out)
''',
        # exact-match dedup: the title counts only when the normalised titles are identical
        r'''
def score_pairs(listings, pairs):
    by_id = listings.set_index("listing_id")
    out = []
    for a, b in zip(pairs["id_a"], pairs["id_b"]):
        na, nb = normalize_title(by_id.at[a, "title"]), normalize_title(by_id.at[b, "title"])
        sa = [w for w in na.split() if re.fullmatch(r"\d+(ml|g)", w)]
        sb = [w for w in nb.split() if re.fullmatch(r"\d+(ml|g)", w)]
        size = 0.5 if not sa or not sb else float(sa[0] == sb[0])
        ba, bb = normalize_brand(by_id.at[a, "brand"]), normalize_brand(by_id.at[b, "brand"])
        pa, pb = by_id.at[a, "price"], by_id.at[b, "price"]
        out.append(0.6 * float(na == nb) + 0.1 * float(ba == bb and ba != "") + 0.2 * size
                   + 0.1 * min(pa, pb) / max(pa, pb))
    return np.array(out)
''',
        # an unknown size counts as a disagreement (0.0) instead of neutral evidence (0.5)
        r'''
def score_pairs(listings, pairs):
    by_id = listings.set_index("listing_id")
    out = []
    for a, b in zip(pairs["id_a"], pairs["id_b"]):
        na, nb = normalize_title(by_id.at[a, "title"]), normalize_title(by_id.at[b, "title"])
        sa = [w for w in na.split() if re.fullmatch(r"\d+(ml|g)", w)]
        sb = [w for w in nb.split() if re.fullmatch(r"\d+(ml|g)", w)]
        size = float(bool(sa) and bool(sb) and sa[0] == sb[0])
        ba, bb = normalize_brand(by_id.at[a, "brand"]), normalize_brand(by_id.at[b, "brand"])
        pa, pb = by_id.at[a, "price"], by_id.at[b, "price"]
        out.append(0.6 * ngram_jaccard(na, nb) + 0.1 * float(ba == bb and ba != "") + 0.2 * size
                   + 0.1 * min(pa, pb) / max(pa, pb))
    return np.array(out)
''',
        # two missing brands count as a brand match
        r'''
def score_pairs(listings, pairs):
    by_id = listings.set_index("listing_id")
    out = []
    for a, b in zip(pairs["id_a"], pairs["id_b"]):
        na, nb = normalize_title(by_id.at[a, "title"]), normalize_title(by_id.at[b, "title"])
        sa = [w for w in na.split() if re.fullmatch(r"\d+(ml|g)", w)]
        sb = [w for w in nb.split() if re.fullmatch(r"\d+(ml|g)", w)]
        size = 0.5 if not sa or not sb else float(sa[0] == sb[0])
        ba, bb = normalize_brand(by_id.at[a, "brand"]), normalize_brand(by_id.at[b, "brand"])
        pa, pb = by_id.at[a, "price"], by_id.at[b, "price"]
        out.append(0.6 * ngram_jaccard(na, nb) + 0.1 * float(ba == bb) + 0.2 * size
                   + 0.1 * min(pa, pb) / max(pa, pb))
    return np.array(out)
''',
        # reads the pairs by position label (pairs.loc[k]): breaks on any other index
        r'''
def score_pairs(listings, pairs):
    by_id = listings.set_index("listing_id")
    out = []
    for k in range(len(pairs)):
        a, b = pairs.loc[k, "id_a"], pairs.loc[k, "id_b"]
        na, nb = normalize_title(by_id.at[a, "title"]), normalize_title(by_id.at[b, "title"])
        sa = [w for w in na.split() if re.fullmatch(r"\d+(ml|g)", w)]
        sb = [w for w in nb.split() if re.fullmatch(r"\d+(ml|g)", w)]
        size = 0.5 if not sa or not sb else float(sa[0] == sb[0])
        ba, bb = normalize_brand(by_id.at[a, "brand"]), normalize_brand(by_id.at[b, "brand"])
        pa, pb = by_id.at[a, "price"], by_id.at[b, "price"]
        out.append(0.6 * ngram_jaccard(na, nb) + 0.1 * float(ba == bb and ba != "") + 0.2 * size
                   + 0.1 * min(pa, pb) / max(pa, pb))
    return np.array(out)
''',
    ],
    "threshold_table": [
        # predicts a duplicate only when the score is strictly above the threshold
        '''
def threshold_table(scores, labels):
    scores, labels = np.asarray(scores, dtype=float), np.asarray(labels)
    rows = []
    for t in np.unique(scores):
        tp = int(np.sum((scores > t) & (labels == 1)))
        fp = int(np.sum((scores > t) & (labels == 0)))
        fn = int(np.sum((scores <= t) & (labels == 1)))
        rows.append({"threshold": t, "tp": tp, "fp": fp, "fn": fn,
                     "precision": tp / (tp + fp) if tp + fp else 0.0,
                     "recall": tp / (tp + fn) if tp + fn else 0.0,
                     "f1": 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0})
    return pd.DataFrame(rows)
''',
        # precision and recall swapped (tp / (tp + fn) labelled precision)
        '''
def threshold_table(scores, labels):
    scores, labels = np.asarray(scores, dtype=float), np.asarray(labels)
    rows = []
    for t in np.unique(scores):
        tp = int(np.sum((scores >= t) & (labels == 1)))
        fp = int(np.sum((scores >= t) & (labels == 0)))
        fn = int(np.sum((scores < t) & (labels == 1)))
        rows.append({"threshold": t, "tp": tp, "fp": fp, "fn": fn,
                     "precision": tp / (tp + fn) if tp + fn else 0.0,
                     "recall": tp / (tp + fp) if tp + fp else 0.0,
                     "f1": 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0})
    return pd.DataFrame(rows)
''',
        # a fixed grid of thresholds instead of the distinct scores
        '''
def threshold_table(scores, labels):
    scores, labels = np.asarray(scores, dtype=float), np.asarray(labels)
    rows = []
    for t in np.round(np.linspace(0, 1, 101), 2):
        tp = int(np.sum((scores >= t) & (labels == 1)))
        fp = int(np.sum((scores >= t) & (labels == 0)))
        fn = int(np.sum((scores < t) & (labels == 1)))
        if tp + fp:
            rows.append({"threshold": t, "tp": tp, "fp": fp, "fn": fn, "precision": tp / (tp + fp),
                         "recall": tp / (tp + fn) if tp + fn else 0.0,
                         "f1": 2 * tp / (2 * tp + fp + fn)})
    return pd.DataFrame(rows)
''',
    ],
    "best_threshold": [
        # idxmax keeps the first (lowest) of tied thresholds
        '''
def best_threshold(scores, labels):
    table = threshold_table(scores, labels)
    return float(table.loc[table["f1"].idxmax(), "threshold"])
''' + _TUNE + '''
chosen_threshold = best_threshold(tune_scores, tune_pairs["is_duplicate"].to_numpy())
''',
        # tunes the threshold on the test pairs
        _BEST_OK + _TUNE + '''
test_rows = labelled_pairs[labelled_pairs["split"] == "test"]
chosen_threshold = best_threshold(score_pairs(listings, test_rows), test_rows["is_duplicate"].to_numpy())
''',
        # tunes the threshold on all labelled pairs, the test pairs included
        _BEST_OK + _TUNE + '''
chosen_threshold = best_threshold(score_pairs(listings, labelled_pairs), labelled_pairs["is_duplicate"].to_numpy())
''',
    ],
    "precision_recall_f1": [
        # precision and recall swapped (F1 does not notice, the two numbers do)
        '''
def precision_recall_f1(scores, labels, threshold):
    predicted = np.asarray(scores) >= threshold
    actual = np.asarray(labels) == 1
    tp = int(np.sum(predicted & actual))
    fp = int(np.sum(predicted & ~actual))
    fn = int(np.sum(~predicted & actual))
    precision = tp / (tp + fn) if tp + fn else 0.0
    recall = tp / (tp + fp) if tp + fp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
''' + _TEST_EVAL,
        # reports the metrics of the tuning pairs as the held-out ones
        _PRF_OK + '''
test_pairs = labelled_pairs[labelled_pairs["split"] == "tune"]
test_scores = score_pairs(listings, test_pairs)
test_labels = test_pairs["is_duplicate"].to_numpy()
holdout_metrics = precision_recall_f1(test_scores, test_labels, chosen_threshold)
pipeline_recall = holdout_metrics["recall"] * blocking_summary["blocking_recall"]
''',
        # no blocking check: the pipeline recall is just the matcher's recall
        _PRF_OK + '''
test_pairs = labelled_pairs[labelled_pairs["split"] == "test"]
test_scores = score_pairs(listings, test_pairs)
holdout_metrics = precision_recall_f1(test_scores, test_pairs["is_duplicate"].to_numpy(), chosen_threshold)
pipeline_recall = holdout_metrics["recall"]
''',
        # no zero-division rule: crashes when nothing is predicted a duplicate
        '''
def precision_recall_f1(scores, labels, threshold):
    predicted = np.asarray(scores) >= threshold
    actual = np.asarray(labels) == 1
    tp = int(np.sum(predicted & actual))
    fp = int(np.sum(predicted & ~actual))
    fn = int(np.sum(~predicted & actual))
    return {"precision": tp / (tp + fp), "recall": tp / (tp + fn), "f1": 2 * tp / (2 * tp + fp + fn)}
''' + _TEST_EVAL,
    ],
    "duplicate_clusters": [
        # a recursive depth-first search: dies on a long chain (recursion limit)
        '''
def duplicate_clusters(listing_ids, pairs):
    neighbours = {i: [] for i in listing_ids}
    for a, b in pairs:
        neighbours[a].append(b)
        neighbours[b].append(a)
    label = {}

    def visit(node, root):
        label[node] = root
        for other in neighbours[node]:
            if other not in label:
                visit(other, root)

    for i in sorted(neighbours):
        if i not in label:
            visit(i, i)
    return label
''' + _CATALOGUE_CLUSTERS,
        # no transitivity: each listing takes the smallest id among itself and its direct matches
        '''
def duplicate_clusters(listing_ids, pairs):
    label = {i: i for i in listing_ids}
    for a, b in pairs:
        label[a] = min(label[a], b)
        label[b] = min(label[b], a)
    return label
''' + _CATALOGUE_CLUSTERS,
        # counts matched pairs as listings to merge
        _CLUSTERS_OK + '''
matched_pairs = candidates[candidate_scores >= chosen_threshold].reset_index(drop=True)
clusters = duplicate_clusters(listings["listing_id"], zip(matched_pairs["id_a"], matched_pairs["id_b"]))
sizes = pd.Series(clusters).value_counts()
n_duplicate_clusters = int((sizes > 1).sum())
n_listings_to_merge = int(len(matched_pairs))
''',
        # exact-match dedup: groups listings with identical normalised title and brand
        _CLUSTERS_OK + '''
matched_pairs = candidates[candidate_scores >= chosen_threshold].reset_index(drop=True)
keys = listings["title"].map(normalize_title) + "|" + listings["brand"].map(normalize_brand)
first = dict(zip(keys, listings["listing_id"]))
pairs = [(i, first[k]) for i, k in zip(listings["listing_id"], keys) if first[k] != i]
clusters = duplicate_clusters(listings["listing_id"], pairs)
sizes = pd.Series(clusters).value_counts()
n_duplicate_clusters = int((sizes > 1).sum())
n_listings_to_merge = int(len(clusters) - len(sizes))
''',
        # union without a rule for the root: the label is whichever id happened to win
        '''
def duplicate_clusters(listing_ids, pairs):
    parent = {i: i for i in listing_ids}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    return {i: find(i) for i in parent}
''' + _CATALOGUE_CLUSTERS,
    ],
    "case_plan": [
        # accuracy as the primary metric
        _case_plan(
            _OBJECTIVE,
            "Accuracy of the duplicate classifier on the labelled pairs",
            ["Precision and recall of merges on held-out pairs"],
            ["Seller complaints per thousand merges"],
            _GOOD_APPROACH, _GOOD_TRADE_OFFS,
        ),
        # a story without a result: the numbers are typed in, not the notebook's
        _case_plan(
            _OBJECTIVE,
            "Precision of automatic merges on held-out labelled pairs",
            ["Recall of the whole pipeline on held-out duplicates"],
            ["Seller complaints per thousand merges"],
            _GOOD_APPROACH, _GOOD_TRADE_OFFS,
            results='''{
        "reduction_ratio": 0.99, "blocking_recall": 0.95, "threshold": 0.8,
        "holdout_precision": 0.99, "holdout_recall": 0.95, "pipeline_recall": 0.9,
        "listings_to_merge": 600,
    }''',
        ),
        # trade-offs about speed only: nothing on false merges or missed duplicates
        _case_plan(
            _OBJECTIVE,
            "F1 of merges on held-out labelled pairs",
            ["Precision and recall of merges on held-out pairs"],
            ["Seller complaints per thousand merges"],
            _GOOD_APPROACH,
            "The main trade-off is speed against thoroughness. Comparing every pair of listings is "
            "quadratic and would take days on the full catalogue, so blocking is essential; the n-gram "
            "similarity is slower than exact matching but much more robust to typos. A larger machine "
            "or a distributed job would let us compare more pairs, and caching the normalised titles "
            "avoids repeating work. We should also schedule the job at night to keep the servers free.",
        ),
        # compares every pair: no blocking in the approach
        _case_plan(
            _OBJECTIVE,
            "Precision of automatic merges on held-out labelled pairs",
            ["Recall of the whole pipeline on held-out duplicates"],
            ["Seller complaints per thousand merges"],
            ["Normalise titles and brands: case, units, abbreviations, stop words",
             "Compare every pair of listings in the catalogue",
             "Score each pair with title similarity and attribute agreement",
             "Choose the threshold on the tuning pairs and evaluate on held-out pairs",
             "Cluster matched pairs with union-find and merge each cluster"],
            _GOOD_TRADE_OFFS,
        ),
    ],
}
