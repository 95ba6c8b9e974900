"""Plausible wrong answers for week06/search_recall: each must lose points."""

WRONG_ANSWERS = {
    "recall_at_k": [
        # per retrieved item: divides by the number of results shown (that is precision)
        '''def recall_at_k(ranked, relevant, k):
    wanted = set(relevant)
    if not wanted:
        return None
    shown = ranked[:k]
    return len(wanted.intersection(shown)) / len(shown) if shown else 0.0
''',
        # k off by one: looks at k + 1 positions
        '''def recall_at_k(ranked, relevant, k):
    wanted = set(relevant)
    if not wanted:
        return None
    return len(wanted.intersection(ranked[: k + 1])) / len(wanted)
''',
        # a query with nothing relevant scores 0 instead of being left out
        '''def recall_at_k(ranked, relevant, k):
    wanted = set(relevant)
    if not wanted:
        return 0.0
    return len(wanted.intersection(ranked[:k])) / len(wanted)
''',
    ],
    "precision_at_k": [
        # divides by the number of results actually shown instead of k
        '''def precision_at_k(ranked, relevant, k):
    shown = ranked[:k]
    if not shown:
        return 0.0
    return len(set(relevant).intersection(shown)) / len(shown)
''',
        # k off by one
        '''def precision_at_k(ranked, relevant, k):
    return len(set(relevant).intersection(ranked[: k - 1])) / k
''',
    ],
    "reciprocal_rank": [
        # ignores the cut-off: a relevant product at position 14 still counts in MRR@10
        '''def reciprocal_rank(ranked, relevant, k):
    wanted = set(relevant)
    for position, product_id in enumerate(ranked, start=1):
        if product_id in wanted:
            return 1.0 / position
    return 0.0
''',
        # adds up 1/position over every relevant result instead of the first one only
        '''def reciprocal_rank(ranked, relevant, k):
    wanted = set(relevant)
    return float(sum(1.0 / position for position, p in enumerate(ranked[:k], start=1) if p in wanted))
''',
    ],
    "evaluate": [
        # averages over every query, counting the unjudged ones as 0
        '''def evaluate(results, qrels, k=10):
    n = len(qrels)
    return {
        "recall": sum(recall_at_k(results[q], qrels[q], k) or 0.0 for q in qrels) / n,
        "precision": sum(precision_at_k(results[q], qrels[q], k) for q in qrels) / n,
        "mrr": sum(reciprocal_rank(results[q], qrels[q], k) for q in qrels) / n,
        "null_rate": sum(1 for q in qrels if not results[q]) / n,
    }
''',
        # null-result rate over the judged queries only
        '''def evaluate(results, qrels, k=10):
    judged = [q for q in qrels if qrels[q]]
    n = len(judged)
    return {
        "recall": sum(recall_at_k(results[q], qrels[q], k) for q in judged) / n,
        "precision": sum(precision_at_k(results[q], qrels[q], k) for q in judged) / n,
        "mrr": sum(reciprocal_rank(results[q], qrels[q], k) for q in judged) / n,
        "null_rate": sum(1 for q in judged if not results[q]) / n,
    }
''',
    ],
    "baseline_scores": [
        # leakage: scores all 66 queries, the mining split included
        '''eval_queries = queries
eval_qrels = qrels_of(queries)
_production = build_index({p: raw_tokens(t) for p, t in zip(catalogue["product_id"], catalogue["title"])})
baseline_results = {q: search(_production, raw_tokens(t)) for q, t in zip(queries["query_id"], queries["query"])}
baseline_scores = evaluate(baseline_results, eval_qrels, k=10)
print(baseline_scores)
''',
        # not production's baseline: lower-cases both sides
        '''eval_queries = queries[queries["split"] == "evaluation"]
eval_qrels = qrels_of(eval_queries)
_production = build_index({p: t.lower().split() for p, t in zip(catalogue["product_id"], catalogue["title"])})
baseline_results = {q: search(_production, t.lower().split()) for q, t in zip(eval_queries["query_id"], eval_queries["query"])}
baseline_scores = evaluate(baseline_results, eval_qrels, k=10)
print(baseline_scores)
''',
    ],
    "normalise": [
        # strips punctuation only at the ends of words: t-shirt and 3-seater stay glued
        '''def normalise(text):
    out = []
    for token in text.lower().split():
        token = token.strip(".,;:!?\\"'()&%-/")
        if not token:
            continue
        if token.isalpha() and len(token) >= 4:
            if token.endswith(("sses", "ches", "shes", "xes")):
                token = token[:-2]
            elif token.endswith("s") and not token.endswith("ss"):
                token = token[:-1]
        out.append(token)
    return out
''',
        # drops every final s: glass becomes glas, inches becomes inche
        '''import re


def normalise(text):
    tokens = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()
    return [t[:-1] if t.isalpha() and len(t) >= 4 and t.endswith("s") else t for t in tokens]
''',
        # stems before lower-casing, so SOFAS keeps its plural
        '''import re


def normalise(text):
    out = []
    for token in re.split(r"[^A-Za-z0-9]+", text):
        if not token:
            continue
        if token.isalpha() and len(token) >= 4:
            if token.endswith(("sses", "ches", "shes", "xes")):
                token = token[:-2]
            elif token.endswith("s") and not token.endswith("ss"):
                token = token[:-1]
        out.append(token.lower())
    return out
''',
    ],
    "product_text": [
        # indexes the attribute names too ("colour navy material wool")
        '''def product_text(product, metadata=False):
    if not metadata:
        return product["title"]
    pairs = [f"{name} {value}" for name, value in sorted(product["attributes"].items())]
    return " ".join([product["title"], *pairs])
''',
        # pastes the dict itself, braces and quotes included
        '''def product_text(product, metadata=False):
    if not metadata:
        return product["title"]
    return product["title"] + " " + str(product["attributes"])
''',
    ],
    "expand_synonyms": [
        # follows the chain: couch -> sofa -> armchair
        '''def expand_synonyms(tokens, synonyms):
    expanded = list(tokens)
    i = 0
    while i < len(expanded):
        for phrase in synonyms.get(expanded[i], []):
            for extra in normalise(phrase):
                if extra not in expanded:
                    expanded.append(extra)
        i += 1
    return expanded
''',
        # replaces the word by its synonyms, losing what the shopper typed
        '''def expand_synonyms(tokens, synonyms):
    expanded = []
    for token in tokens:
        words = [w for phrase in synonyms.get(token, []) for w in normalise(phrase)] or [token]
        expanded += [w for w in words if w not in expanded]
    return expanded
''',
        # does not normalise the phrases: "t-shirt" stays one token that no product has
        '''def expand_synonyms(tokens, synonyms):
    expanded = list(tokens)
    for token in tokens:
        for phrase in synonyms.get(token, []):
            if phrase not in expanded:
                expanded.append(phrase)
    return expanded
''',
    ],
    "correct_typos": [
        # no guard rails: numbers and short words get "corrected" too
        '''def correct_typos(tokens, vocabulary):
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    out = []
    for token in tokens:
        if token in vocabulary:
            out.append(token)
            continue
        edits = set()
        for i in range(len(token) + 1):
            left, right = token[:i], token[i:]
            if right:
                edits.add(left + right[1:])
                edits.update(left + c + right[1:] for c in letters)
            edits.update(left + c + right for c in letters)
        candidates = [w for w in edits if w in vocabulary and w != token]
        out.append(min(candidates, key=lambda w: (-vocabulary[w], w)) if candidates else token)
    return out
''',
        # takes the alphabetically first candidate, ignoring how common it is
        '''def correct_typos(tokens, vocabulary):
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = []
    for token in tokens:
        if token in vocabulary or len(token) < 4 or not token.isalpha():
            out.append(token)
            continue
        edits = set()
        for i in range(len(token) + 1):
            left, right = token[:i], token[i:]
            if right:
                edits.add(left + right[1:])
                edits.update(left + c + right[1:] for c in letters)
            edits.update(left + c + right for c in letters)
        candidates = sorted(w for w in edits if w in vocabulary and w != token)
        out.append(candidates[0] if candidates else token)
    return out
''',
        # counts a swap of two neighbouring letters as one edit (Damerau), which the question excludes
        '''def correct_typos(tokens, vocabulary):
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = []
    for token in tokens:
        if token in vocabulary or len(token) < 4 or not token.isalpha():
            out.append(token)
            continue
        edits = set()
        for i in range(len(token) + 1):
            left, right = token[:i], token[i:]
            if right:
                edits.add(left + right[1:])
                edits.update(left + c + right[1:] for c in letters)
            if len(right) > 1:
                edits.add(left + right[1] + right[0] + right[2:])
            edits.update(left + c + right for c in letters)
        candidates = [w for w in edits if w in vocabulary and w != token]
        out.append(min(candidates, key=lambda w: (-vocabulary[w], w)) if candidates else token)
    return out
''',
    ],
    "run_configuration": [
        # synonyms applied twice: to the index and to the query
        '''def index_documents(steps):
    analyse = normalise if "normalise" in steps else raw_tokens
    docs = {}
    for product in catalogue.to_dict("records"):
        tokens = analyse(product_text(product, metadata="metadata" in steps))
        if "synonyms" in steps:
            tokens = expand_synonyms(tokens, SYNONYMS)
        docs[product["product_id"]] = tokens
    return docs


def run_configuration(frame, steps, k=10):
    analyse = normalise if "normalise" in steps else raw_tokens
    index = build_index(index_documents(steps))
    known = index_vocabulary(index)
    if "synonyms" in steps:
        known = {**{key: 0 for key in SYNONYMS}, **known}
    results = {}
    for query_id, text in zip(frame["query_id"], frame["query"]):
        tokens = analyse(text)
        if "typos" in steps:
            tokens = correct_typos(tokens, known)
        if "synonyms" in steps:
            tokens = expand_synonyms(tokens, SYNONYMS)
        results[query_id] = search(index, tokens, k)
    return results
''',
        # the typo step does not know the synonym table's words: pants becomes pan
        '''def index_documents(steps):
    analyse = normalise if "normalise" in steps else raw_tokens
    return {p["product_id"]: analyse(product_text(p, metadata="metadata" in steps)) for p in catalogue.to_dict("records")}


def run_configuration(frame, steps, k=10):
    analyse = normalise if "normalise" in steps else raw_tokens
    index = build_index(index_documents(steps))
    results = {}
    for query_id, text in zip(frame["query_id"], frame["query"]):
        tokens = analyse(text)
        if "typos" in steps:
            tokens = correct_typos(tokens, index_vocabulary(index))
        if "synonyms" in steps:
            tokens = expand_synonyms(tokens, SYNONYMS)
        results[query_id] = search(index, tokens, k)
    return results
''',
        # expands first, then corrects typos: sofaa never finds its synonyms
        '''def index_documents(steps):
    analyse = normalise if "normalise" in steps else raw_tokens
    return {p["product_id"]: analyse(product_text(p, metadata="metadata" in steps)) for p in catalogue.to_dict("records")}


def run_configuration(frame, steps, k=10):
    analyse = normalise if "normalise" in steps else raw_tokens
    index = build_index(index_documents(steps))
    known = index_vocabulary(index)
    if "synonyms" in steps:
        known = {**{key: 0 for key in SYNONYMS}, **known}
    results = {}
    for query_id, text in zip(frame["query_id"], frame["query"]):
        tokens = analyse(text)
        if "synonyms" in steps:
            tokens = expand_synonyms(tokens, SYNONYMS)
        if "typos" in steps:
            tokens = correct_typos(tokens, known)
        results[query_id] = search(index, tokens, k)
    return results
''',
    ],
    "configuration_scores": [
        # leakage: the synonym table is scored on the very queries it was mined from
        '''configuration_scores = {
    config: evaluate(run_configuration(queries, config), qrels_of(queries), k=10) for config in CONFIGURATIONS
}
''',
    ],
    "step_effects": [
        # chained comparisons: each step against the configuration before it in a list
        '''_chain = [frozenset(), frozenset({"normalise"}), frozenset({"normalise", "metadata"}),
          frozenset({"normalise", "metadata", "synonyms"}), frozenset({"normalise", "metadata", "synonyms", "typos"})]
step_effects = {}
for _name, _before, _after in zip(["normalise", "metadata", "synonyms", "typos"], _chain, _chain[1:]):
    step_effects[_name] = {m: configuration_scores[_after][m] - configuration_scores[_before][m]
                           for m in ("recall", "precision")}
''',
        # before minus after: every gain comes out as a loss
        '''_base = configuration_scores[frozenset({"normalise"})]
step_effects = {"normalise": {m: configuration_scores[frozenset()][m] - _base[m] for m in ("recall", "precision")}}
for _step in ("metadata", "synonyms", "typos"):
    step_effects[_step] = {m: _base[m] - configuration_scores[frozenset({"normalise", _step})][m]
                           for m in ("recall", "precision")}
''',
    ],
    "choose_configuration": [
        # measures the precision drop against the normalised pipeline, which every step beats
        '''def choose_configuration(scores, max_precision_drop):
    reference = scores[frozenset({"normalise"})]["precision"] if frozenset({"normalise"}) in scores else min(
        s["precision"] for s in scores.values())
    eligible = [c for c, s in scores.items() if s["precision"] >= reference - max_precision_drop]
    return max(eligible, key=lambda c: (scores[c]["recall"], scores[c]["precision"], -len(c)))


chosen = choose_configuration(configuration_scores, MAX_PRECISION_DROP)
''',
        # strict inequality: a drop of exactly the limit is refused
        '''def choose_configuration(scores, max_precision_drop):
    best = max(s["precision"] for s in scores.values())
    eligible = [c for c, s in scores.items() if s["precision"] > best - max_precision_drop]
    return min(eligible, key=lambda c: (-scores[c]["recall"], -scores[c]["precision"], len(c), sorted(c)))


chosen = choose_configuration(configuration_scores, MAX_PRECISION_DROP)
''',
        # on ties prefers more steps ("more is better")
        '''def choose_configuration(scores, max_precision_drop):
    best = max(s["precision"] for s in scores.values())
    eligible = [c for c, s in scores.items() if s["precision"] >= best - max_precision_drop]
    return max(eligible, key=lambda c: (scores[c]["recall"], scores[c]["precision"], len(c)))


chosen = choose_configuration(configuration_scores, MAX_PRECISION_DROP)
''',
    ],
    "recall_curve": [
        # k off by one: the first entry is recall@0
        '''def recall_curve(results, qrels, max_k):
    judged = [q for q in qrels if qrels[q]]
    return [sum(recall_at_k(results[q], qrels[q], k) for q in judged) / len(judged) if k else 0.0
            for k in range(max_k)]
''',
        # averages over every query, counting the unjudged ones as 0
        '''def recall_curve(results, qrels, max_k):
    return [sum(len(set(qrels[q]) & set(results[q][:k])) / len(set(qrels[q])) if qrels[q] else 0.0
                for q in qrels) / len(qrels) for k in range(1, max_k + 1)]
''',
    ],
    "failure_buckets": [
        # a query only "fails" when nothing relevant is found at all
        '''def failure_buckets(frame, results, indexed, products, k=10):
    def distance(a, b):
        row = list(range(len(b) + 1))
        for i in range(1, len(a) + 1):
            diagonal, row[0] = row[0], i
            for j in range(1, len(b) + 1):
                diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1]))
        return row[-1]

    vocabulary = set().union(*indexed.values())
    attrs = {p: set(normalise(" ".join(a.values()))) for p, a in zip(products["product_id"], products["attributes"])}
    buckets = {"unit": [], "typo": [], "attribute": [], "synonym": [], "ranking": []}
    for qid, text, relevant in zip(frame["query_id"], frame["query"], frame["relevant"]):
        relevant = set(relevant)
        if not relevant or relevant & set(results[qid][:k]):
            continue
        missed = relevant
        words = normalise(text)
        if any(any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in words):
            buckets["unit"].append(qid)
        elif any(w not in vocabulary and w.isalpha() and len(w) >= 4 and min(distance(w, v) for v in vocabulary) <= 2
                 for w in words):
            buckets["typo"].append(qid)
        elif any(w not in indexed[p] and w in attrs[p] for p in missed for w in words):
            buckets["attribute"].append(qid)
        elif any(w not in indexed[p] for p in missed for w in words):
            buckets["synonym"].append(qid)
        else:
            buckets["ranking"].append(qid)
    return {b: sorted(v) for b, v in buckets.items()}
''',
        # inspects every relevant product, not just the missed ones
        '''def failure_buckets(frame, results, indexed, products, k=10):
    def distance(a, b):
        row = list(range(len(b) + 1))
        for i in range(1, len(a) + 1):
            diagonal, row[0] = row[0], i
            for j in range(1, len(b) + 1):
                diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1]))
        return row[-1]

    vocabulary = set().union(*indexed.values())
    attrs = {p: set(normalise(" ".join(a.values()))) for p, a in zip(products["product_id"], products["attributes"])}
    buckets = {"unit": [], "typo": [], "attribute": [], "synonym": [], "ranking": []}
    for qid, text, relevant in zip(frame["query_id"], frame["query"], frame["relevant"]):
        relevant = set(relevant)
        if not relevant or relevant <= set(results[qid][:k]):
            continue
        words = normalise(text)
        if any(any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in words):
            buckets["unit"].append(qid)
        elif any(w not in vocabulary and w.isalpha() and len(w) >= 4 and min(distance(w, v) for v in vocabulary) <= 2
                 for w in words):
            buckets["typo"].append(qid)
        elif any(w not in indexed[p] and w in attrs[p] for p in relevant for w in words):
            buckets["attribute"].append(qid)
        elif any(w not in indexed[p] for p in relevant for w in words):
            buckets["synonym"].append(qid)
        else:
            buckets["ranking"].append(qid)
    return {b: sorted(v) for b, v in buckets.items()}
''',
        # counts only one-edit misspellings as typos, so swapped letters land in "synonym"
        '''def failure_buckets(frame, results, indexed, products, k=10):
    vocabulary = set().union(*indexed.values())
    letters = "abcdefghijklmnopqrstuvwxyz"

    def near(word):
        for i in range(len(word) + 1):
            left, right = word[:i], word[i:]
            if right and left + right[1:] in vocabulary:
                return True
            if any(left + c + right[1:] in vocabulary for c in letters if right):
                return True
            if any(left + c + right in vocabulary for c in letters):
                return True
        return False

    attrs = {p: set(normalise(" ".join(a.values()))) for p, a in zip(products["product_id"], products["attributes"])}
    buckets = {"unit": [], "typo": [], "attribute": [], "synonym": [], "ranking": []}
    for qid, text, relevant in zip(frame["query_id"], frame["query"], frame["relevant"]):
        missed = set(relevant) - set(results[qid][:k])
        if not missed:
            continue
        words = normalise(text)
        if any(any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in words):
            buckets["unit"].append(qid)
        elif any(w not in vocabulary and w.isalpha() and len(w) >= 4 and near(w) for w in words):
            buckets["typo"].append(qid)
        elif any(w not in indexed[p] and w in attrs[p] for p in missed for w in words):
            buckets["attribute"].append(qid)
        elif any(w not in indexed[p] for p in missed for w in words):
            buckets["synonym"].append(qid)
        else:
            buckets["ranking"].append(qid)
    return {b: sorted(v) for b, v in buckets.items()}
''',
    ],
    "case_plan": [
        # leakage: the offline numbers come from all 66 queries, mining split included
        '''_all = evaluate(run_configuration(queries, chosen), qrels_of(queries), k=10)
_base = evaluate(run_configuration(queries, frozenset()), qrels_of(queries), k=10)
case_plan = {
    "objective": "Help shoppers find more of the products they want so that more searches convert, keeping the ranker as it is.",
    "primary_metric": "search_conversion_rate",
    "secondary_metrics": ["recall@10", "search_ctr"],
    "guardrail_metrics": ["precision@10", "search_exit_rate", "null_result_rate"],
    "configuration": chosen,
    "offline_result": {"baseline_recall@10": _base["recall"], "recall@10": _all["recall"],
                       "precision@10": _all["precision"], "null_result_rate": _all["null_rate"]},
    "approach": ("Normalise queries and titles the same way, append attribute values to the indexed text, correct "
                 "one-edit typos against the index vocabulary and expand queries with synonyms; score every "
                 "combination on the labelled queries, choose by recall under a precision limit, and then run an "
                 "online A/B test before launching to all search traffic."),
    "trade_offs": ("Synonyms and enrichment raise recall but cost precision: related words push the right products "
                   "down on broad head queries, common colour words match more of the catalogue, typo correction "
                   "can change a valid word into a wrong one, and longer queries add latency to every search that "
                   "uses the expanded vocabulary."),
    "next_steps": ["Normalise units such as 55in and 750ml on both sides.",
                   "Clean the mined synonym table by hand before using it again."],
}
''',
        # a story without an online guardrail: only offline metrics
        '''_shipped = configuration_scores[chosen]
case_plan = {
    "objective": "Help shoppers find more of the products they want so that more searches convert, keeping the ranker as it is.",
    "primary_metric": "recall@10",
    "secondary_metrics": ["mrr@10"],
    "guardrail_metrics": ["precision@10", "mrr@10"],
    "configuration": chosen,
    "offline_result": {"baseline_recall@10": configuration_scores[frozenset()]["recall"], "recall@10": _shipped["recall"],
                       "precision@10": _shipped["precision"], "null_result_rate": _shipped["null_rate"]},
    "approach": ("Normalise queries and titles the same way, append attribute values to the indexed text, correct "
                 "one-edit typos against the index vocabulary and expand queries with synonyms; score every "
                 "combination on the held-out labelled queries and choose the configuration by recall@10 under a "
                 "precision limit, then ship it."),
    "trade_offs": ("Synonyms and enrichment raise recall but cost precision: related words push the right products "
                   "down on broad head queries, common colour words match more of the catalogue, typo correction "
                   "can change a valid word into a wrong one, and longer queries add latency to every search that "
                   "uses the expanded vocabulary."),
    "next_steps": ["Normalise units such as 55in and 750ml on both sides.",
                   "Clean the mined synonym table by hand before using it again."],
}
''',
        # ships every step, ignoring the precision rule of exercise 13
        '''_everything = frozenset({"normalise", "metadata", "synonyms", "typos"})
_shipped = configuration_scores[_everything]
case_plan = {
    "objective": "Help shoppers find more of the products they want so that more searches convert, keeping the ranker as it is.",
    "primary_metric": "search_conversion_rate",
    "secondary_metrics": ["recall@10", "search_ctr"],
    "guardrail_metrics": ["precision@10", "search_exit_rate", "null_result_rate"],
    "configuration": _everything,
    "offline_result": {"baseline_recall@10": configuration_scores[frozenset()]["recall"], "recall@10": _shipped["recall"],
                       "precision@10": _shipped["precision"], "null_result_rate": _shipped["null_rate"]},
    "approach": ("Normalise queries and titles the same way, append attribute values to the indexed text, correct "
                 "one-edit typos against the index vocabulary and expand queries with synonyms; score every "
                 "combination on the labelled queries, take the one with the highest recall, and then run an "
                 "online A/B test before launching to all search traffic."),
    "trade_offs": ("Synonyms and enrichment raise recall but cost precision: related words push the right products "
                   "down on broad head queries, common colour words match more of the catalogue, typo correction "
                   "can change a valid word into a wrong one, and longer queries add latency to every search that "
                   "uses the expanded vocabulary."),
    "next_steps": ["Normalise units such as 55in and 750ml on both sides.",
                   "Clean the mined synonym table by hand before using it again."],
}
''',
    ],
}
