# %% [markdown]
# # Week 6 · Case: search recall without touching the ranker
#
# A classic product-sense question in the data-science loop: *shoppers search, the products
# they want exist, and search does not show them. Improve recall, but the ranking algorithm
# is off limits.* A good answer is not a list of tricks. It pins down what "recall" means and
# how to measure it, finds a baseline, fixes the text that goes into the ranker (the query
# and the indexed product text), measures what each fix buys and what it costs, picks what
# to ship under a stated constraint, and says what still fails and why. This notebook walks
# through that frame on a small, seeded catalogue with a labelled query set in which every
# classic failure is planted on purpose: letter case and punctuation, plurals, typos,
# synonyms, a colour that only lives in an attribute field, and units written three ways.
#
# The parts:
#
# - **A. Metrics**: recall@k, precision@k and reciprocal rank for one result list, then the
#   averages over a query set, with the exact conventions an interviewer will ask about.
# - **B. Baseline**: how the current search does on the held-out queries.
# - **C. Fixes that leave the ranker alone**: query and product-text normalisation, metadata
#   enrichment, synonym expansion from a mined table, and typo tolerance; then one function
#   that runs any combination of them.
# - **D. Deciding**: every combination scored, the effect of each step, the choice under a
#   precision constraint, recall@k curves before and after, and an error analysis of what
#   still fails.
# - **E. The case answer**: your plan as structured data (objective, metrics with online
#   guardrails, approach, trade-offs), plus a written review graded by a person.
#
# **How to answer.** Every coding answer cell shows a `def` line and a docstring, or the name
# of a variable to build; replace `raise NotImplementedError()` with your code and run the
# cell, then the test cell under it. The catalogue, the query set, the synonym table and the
# search engine are defined in locked cells: use them, do not redefine them (the grader runs
# the locked cells as they were written, so a changed ranker would not count anyway). You
# may add helper functions inside an answer cell. Later exercises call your earlier
# functions, so fix a failing exercise before you move on.
#
# **How grading works.** The visible test under each answer runs a few small checks. The
# real grade (`autograde check week06/search_recall.ipynb`, see the end of the notebook)
# adds hidden checks that recompute every number with an independent reference
# implementation on the same data, and try your functions on small inputs of their own, so
# an answer that only fits this catalogue fails. Numbers are compared to about nine
# significant digits, so do not round unless a question asks you to. A failed check says
# what is wrong with your output, not what the expected value is. The last part also has a
# written review marked by a person (shown apart, as points "graded by a person").

# %% nbgrader={"grade_id": "imports"}
import itertools
import math
import re

import matplotlib.pyplot as plt

from autograde.probes import expect_close

# %% [markdown]
# ## The data
#
# **The catalogue** (`catalogue`, 237 products). A home, fashion, electronics and kitchen
# shop whose titles come straight from third-party sellers: most write the product words in
# lower case, some capitalise every word, a few shout in capitals; commas and hyphens sit
# wherever the seller put them. Columns: `product_id` (int), `title` (str), `category`
# (str) and `attributes`, a dict with the structured facts the seller filled in: always
# `colour`, usually `material`, and a `size` for TVs, rugs, mugs, bottles and pans. A
# seller often leaves the colour or the material out of the title, so it exists only in
# `attributes`.
#
# **The query set** (`queries`, 66 rows). Columns: `query_id` (`"q01"`, ...), `query` (what
# the shopper typed), `relevant` (a tuple of the `product_id`s a human judge marked as
# relevant; empty when the shop sells nothing that fits), `split` and `difficulty`.
#
# - `split == "mining"`: 15 queries from the sessions the synonym table below was mined
#   from. They are **not** for evaluation: the table was built to fix exactly these queries,
#   so scoring on them flatters it.
# - `split == "evaluation"`: the 51 held-out queries every number in this notebook is
#   measured on.
# - `difficulty` is the label a search analyst gave each query when the set was built:
#   `clean`, `head` (a broad one-word query), `format` (letter case or punctuation),
#   `plural`, `typo`, `synonym`, `attribute` (the deciding word is only in the attributes),
#   `unit`, or `no_match` (nothing relevant exists).
#
# `qrels_of(frame)` turns a slice of `queries` into the dict `{query_id: set of relevant
# product ids}` that the metric functions below take.
#
# **The synonym table** (`SYNONYMS`). Mined automatically from the mining sessions: when a
# shopper rewrote one search into another and then clicked, the pair was kept. Keys are
# single words in the normalised form of exercise 6 (lower case, singular); values are lists
# of phrases. Nobody has cleaned it yet, and it shows: some pairs are true synonyms, some
# are merely related products.

# %% nbgrader={"grade_id": "search_recall_data", "locked": true}
rng = np.random.default_rng(606)

BRANDS = ["Nordhus", "Ashby", "Kelso", "Marlow", "Vesta", "Orrin", "Tamsin", "Bramwell",
          "Lumo", "Corvid", "Halden", "Pellam"]
# kind: (category, count, {noun in the title: weight}, colours, materials,
#        words a seller may put before the noun, words after it, sizes)
KINDS = {
    "sofa": ("furniture", 10, {"sofa": 1}, ["grey", "navy", "green", "pink"],
             ["linen", "velvet", "leather"], [], ["3-seater", "2-seater"], None),
    "armchair": ("furniture", 9, {"armchair": 1}, ["grey", "green", "yellow"],
                 ["velvet", "leather", "linen"], ["wingback"], [], None),
    "coffee_table": ("furniture", 8, {"coffee table": 1}, ["brown", "white", "black"],
                     ["oak", "walnut", "marble"], ["round"], [], None),
    "bookcase": ("furniture", 8, {"bookcase": 1}, ["white", "brown", "black"], ["oak", "pine"],
                 ["tall"], ["5 shelves", "3 shelves"], None),
    "wardrobe": ("furniture", 8, {"wardrobe": 1}, ["white", "brown", "grey"], ["oak", "pine"],
                 [], ["2 doors", "3 doors"], None),
    "desk": ("furniture", 8, {"desk": 1}, ["white", "brown", "black"], ["oak", "walnut", "pine"],
             ["corner"], [], None),
    "cushion": ("home", 12, {"cushion": 2, "cushions": 1}, ["grey", "navy", "yellow", "green", "pink"],
                ["cotton", "velvet", "linen"], ["square"], ["pack of 2"], None),
    "throw": ("home", 8, {"throw": 1}, ["grey", "beige", "navy"], ["wool", "cotton"],
              ["knitted"], [], None),
    "lamp": ("home", 12, {"desk lamp": 1, "floor lamp": 1, "table lamp": 1}, ["black", "white", "brass"],
             ["metal", "ceramic"], ["arc"], [], None),
    "rug": ("home", 14, {"rug": 1}, ["grey", "beige", "blue"], ["wool", "jute"], ["runner"], [],
            ["160 x 230 cm", "120 x 170 cm"]),
    "mug": ("home", 10, {"mug": 1, "mugs": 1}, ["white", "blue", "green"], ["ceramic", "stoneware"],
            [], ["set of 4"], ["350 ml", "450 ml"]),
    "curtains": ("home", 8, {"curtains": 1}, ["grey", "navy", "beige"], ["linen", "velvet"],
                 ["blackout"], ["pair"], None),
    "tshirt": ("fashion", 12, {"t-shirt": 2, "tee": 1}, ["white", "black", "navy", "grey"], ["cotton"],
               ["crew neck", "v-neck"], [], None),
    "shirt": ("fashion", 10, {"shirt": 1}, ["white", "blue"], ["cotton", "linen"],
              ["oxford", "slim fit"], [], None),
    "sweater": ("fashion", 12, {"sweater": 3, "jumper": 2}, ["navy", "grey", "green", "beige"],
                ["wool", "cotton"], ["cable knit"], [], None),
    "sneakers": ("fashion", 10, {"sneakers": 1}, ["white", "black"], ["leather", "canvas"],
                 ["low top"], [], None),
    "trousers": ("fashion", 10, {"trousers": 1}, ["navy", "beige", "black"], ["cotton", "wool"],
                 ["chino", "slim"], [], None),
    "hoodie": ("fashion", 8, {"hoodie": 1}, ["grey", "black", "green"], ["cotton"], ["zip"], [], None),
    "tv": ("electronics", 20, {"tv": 3, "television": 1}, ["black"], [None], ["4k", "smart"], [],
           ["32 inch", "43 inch", "50 inch", "55 inch", "65 inch"]),
    "headphones": ("electronics", 10, {"headphones": 1}, ["black", "white"], [None],
                   ["wireless", "noise cancelling"], [], None),
    "kettle": ("kitchen", 8, {"kettle": 1}, ["white", "black", "silver"], ["steel", "glass"],
               ["electric"], [], None),
    "bottle": ("kitchen", 14, {"water bottle": 1}, ["black", "blue", "green"], ["steel", "plastic"],
               ["insulated"], [], ["500 ml", "750 ml", "1 litre"]),
    "pan": ("kitchen", 8, {"frying pan": 1}, ["black"], ["steel", "cast iron"], ["non-stick"], [],
            ["24 cm", "28 cm"]),
}

_products, _facts = [], []
for _kind, (_category, _count, _nouns, _colours, _materials, _before, _after, _sizes) in KINDS.items():
    _names = list(_nouns)
    _weights = np.array([_nouns[n] for n in _names], dtype=float) / sum(_nouns.values())
    for _i in range(_count):
        _pid = 1001 + len(_products)
        _colour = _colours[_i] if _i < len(_colours) else _colours[rng.integers(len(_colours))]
        _material = _materials[rng.integers(len(_materials))]
        _size = _sizes[_i % len(_sizes)] if _sizes else None
        _parts = [BRANDS[rng.integers(len(BRANDS))]]
        if rng.random() < 0.6:  # the seller names the colour in the title
            _parts.append(_colour)
        if _material and rng.random() < 0.6:  # ... and the material
            _parts.append(_material)
        if _size and _kind == "tv" and rng.random() < 0.7:  # 55 inch or 55"
            _parts.append(_size.replace(" inch", '"') if rng.random() < 0.4 else _size)
        if _before and rng.random() < 0.5:
            _parts.append(_before[rng.integers(len(_before))])
        _parts.append(_names[rng.choice(len(_names), p=_weights)])
        if _after and rng.random() < 0.5:
            _parts[-1] += ","
            _parts.append(_after[rng.integers(len(_after))])
        if _size and _kind != "tv" and rng.random() < 0.5:
            _parts[-1] += ","
            _parts.append(_size)
        _title = " ".join(_parts)
        _style = rng.choice(["as typed", "capitalised", "shouting"], p=[0.6, 0.25, 0.15])
        if _style == "capitalised":
            _title = " ".join(w[:1].upper() + w[1:] for w in _title.split())
        elif _style == "shouting":
            _title = _title.upper()
        _attributes = {"colour": _colour}
        if _material:
            _attributes["material"] = _material
        if _size:
            _attributes["size"] = _size
        _products.append({"product_id": _pid, "title": _title, "category": _category,
                          "attributes": _attributes})
        _facts.append({"product_id": _pid, "kind": _kind, "colour": _colour,
                       "material": _material, "size": _size})
catalogue = pd.DataFrame(_products)
_facts = pd.DataFrame(_facts)


def _judged(kind, colour=None, material=None, size=None):
    """The products a judge marks relevant: this kind, and every facet the query names."""
    keep = _facts["kind"] == kind
    for column, value in (("colour", colour), ("material", material), ("size", size)):
        if value is not None:
            keep &= _facts[column] == value
    return tuple(int(p) for p in _facts.loc[keep, "product_id"])


_QUERIES = [
    ("mining", "synonym", "couch", _judged("sofa")),
    ("mining", "synonym", "grey couch", _judged("sofa", "grey")),
    ("mining", "synonym", "tee", _judged("tshirt")),
    ("mining", "synonym", "black tee", _judged("tshirt", "black")),
    ("mining", "synonym", "jumper", _judged("sweater")),
    ("mining", "synonym", "navy jumper", _judged("sweater", "navy")),
    ("mining", "synonym", "trainers", _judged("sneakers")),
    ("mining", "synonym", "white trainers", _judged("sneakers", "white")),
    ("mining", "synonym", "pants", _judged("trousers")),
    ("mining", "synonym", "pillow", _judged("cushion")),
    ("mining", "synonym", "blue cup", _judged("mug", "blue")),
    ("mining", "synonym", "bookshelf", _judged("bookcase")),
    ("mining", "synonym", "television", _judged("tv")),
    ("mining", "synonym", "wool blanket", _judged("throw", material="wool")),
    ("mining", "synonym", "tshirt", _judged("tshirt")),
    ("evaluation", "head", "sofa", _judged("sofa")),
    ("evaluation", "head", "desk", _judged("desk")),
    ("evaluation", "head", "shirt", _judged("shirt")),
    ("evaluation", "head", "mug", _judged("mug")),
    ("evaluation", "clean", "velvet armchair", _judged("armchair", material="velvet")),
    ("evaluation", "clean", "oak desk", _judged("desk", material="oak")),
    ("evaluation", "clean", "wool rug", _judged("rug", material="wool")),
    ("evaluation", "clean", "leather sneakers", _judged("sneakers", material="leather")),
    ("evaluation", "clean", "glass kettle", _judged("kettle", material="glass")),
    ("evaluation", "clean", "walnut coffee table", _judged("coffee_table", material="walnut")),
    ("evaluation", "format", "Leather Sofa", _judged("sofa", material="leather")),
    ("evaluation", "format", "Steel Water Bottle", _judged("bottle", material="steel")),
    ("evaluation", "format", "GREEN HOODIE", _judged("hoodie", "green")),
    ("evaluation", "format", "65-inch tv", _judged("tv", size="65 inch")),
    ("evaluation", "format", "bookcase, oak", _judged("bookcase", material="oak")),
    ("evaluation", "plural", "linen cushions", _judged("cushion", material="linen")),
    ("evaluation", "plural", "velvet curtain", _judged("curtains", material="velvet")),
    ("evaluation", "plural", "black hoodies", _judged("hoodie", "black")),
    ("evaluation", "plural", "brass lamps", _judged("lamp", "brass")),
    ("evaluation", "plural", "wool throws", _judged("throw", material="wool")),
    ("evaluation", "plural", "43 inches tv", _judged("tv", size="43 inch")),
    ("evaluation", "typo", "wardobe", _judged("wardrobe")),
    ("evaluation", "typo", "glass keetle", _judged("kettle", material="glass")),
    ("evaluation", "typo", "wireless headphnes", _judged("headphones")),
    ("evaluation", "typo", "grey hodie", _judged("hoodie", "grey")),
    ("evaluation", "typo", "armchiar", _judged("armchair")),
    ("evaluation", "typo", "white sneakres", _judged("sneakers", "white")),
    ("evaluation", "synonym", "velvet couch", _judged("sofa", material="velvet")),
    ("evaluation", "synonym", "white tee", _judged("tshirt", "white")),
    ("evaluation", "synonym", "grey jumper", _judged("sweater", "grey")),
    ("evaluation", "synonym", "black trainers", _judged("sneakers", "black")),
    ("evaluation", "synonym", "navy pants", _judged("trousers", "navy")),
    ("evaluation", "synonym", "yellow pillow", _judged("cushion", "yellow")),
    ("evaluation", "synonym", "closet", _judged("wardrobe")),
    ("evaluation", "synonym", "skillet", _judged("pan")),
    ("evaluation", "synonym", "linen drapes", _judged("curtains", material="linen")),
    ("evaluation", "synonym", "sweatshirt", _judged("hoodie")),
    ("evaluation", "attribute", "pink sofa", _judged("sofa", "pink")),
    ("evaluation", "attribute", "beige throw", _judged("throw", "beige")),
    ("evaluation", "attribute", "pine wardrobe", _judged("wardrobe", material="pine")),
    ("evaluation", "attribute", "navy curtains", _judged("curtains", "navy")),
    ("evaluation", "attribute", "linen shirt", _judged("shirt", material="linen")),
    ("evaluation", "attribute", "white kettle", _judged("kettle", "white")),
    ("evaluation", "attribute", "32 inch tv", _judged("tv", size="32 inch")),
    ("evaluation", "unit", "55in tv", _judged("tv", size="55 inch")),
    ("evaluation", "unit", "750ml water bottle", _judged("bottle", size="750 ml")),
    ("evaluation", "unit", "rug 160x230", _judged("rug", size="160 x 230 cm")),
    ("evaluation", "no_match", "garden hose", ()),
    ("evaluation", "no_match", "dog bed", ()),
    ("evaluation", "no_match", "guitar strings", ()),
    ("evaluation", "no_match", "printer ink", ()),
]
queries = pd.DataFrame(_QUERIES, columns=["split", "difficulty", "query", "relevant"])
queries.insert(0, "query_id", [f"q{i:02d}" for i in range(1, len(queries) + 1)])
queries = queries[["query_id", "query", "relevant", "split", "difficulty"]]

SYNONYMS = {
    "couch": ["sofa"], "sofa": ["couch", "armchair"], "tee": ["t-shirt"], "tshirt": ["t-shirt"],
    "shirt": ["t-shirt"], "jumper": ["sweater"], "sweater": ["jumper"], "trainer": ["sneakers"],
    "pant": ["trousers"], "pillow": ["cushion"], "cup": ["mug"], "mug": ["cup", "glass"],
    "bookshelf": ["bookcase"], "television": ["tv"], "tv": ["television"], "blanket": ["throw"],
    "desk": ["table"],
}


def qrels_of(frame):
    """{query_id: set of relevant product ids} for a slice of `queries`."""
    return {qid: set(relevant) for qid, relevant in zip(frame["query_id"], frame["relevant"])}


# %% [markdown]
# **The search engine.** The locked cell below is the ranker you may not change. It indexes
# each product as a list of tokens and scores a query with BM25, the standard
# bag-of-words relevance formula: every distinct query token that occurs in a product adds
# `idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / average_length))`, where `tf` is
# how often the token occurs in that product, `idf = ln(1 + (N - df + 0.5) / (df + 0.5))`
# rewards tokens that few products contain (`df` of the `N` products), and the length term
# stops long titles from winning by sheer size. A product that shares no token with the
# query gets no score and is not returned, so a query can come back empty. Ties are broken
# by `product_id`, smallest first.
#
# What you control is the **text on both sides**: which tokens the query becomes, and which
# text and tokens each product is indexed with. `raw_tokens` is what production does today:
# split on whitespace and nothing else.

# %% nbgrader={"grade_id": "search_engine", "locked": true}
K1, B = 1.2, 0.75


def raw_tokens(text):
    """Production's analyser today: split on whitespace, nothing else."""
    return text.split()


def build_index(docs):
    """Index {product_id: list of tokens} for `search`."""
    postings, lengths = {}, {}
    for product_id, tokens in docs.items():
        lengths[product_id] = len(tokens)
        for token in tokens:
            counts = postings.setdefault(token, {})
            counts[product_id] = counts.get(product_id, 0) + 1
    average = sum(lengths.values()) / max(len(lengths), 1)
    return {"postings": postings, "lengths": lengths, "average_length": average, "n_docs": len(lengths)}


def search(index, query_tokens, k=10):
    """The top k product ids for a list of query tokens, best first (BM25, ties by product id)."""
    scores = {}
    n_docs = index["n_docs"]
    for token in dict.fromkeys(query_tokens):  # each distinct token counts once
        posting = index["postings"].get(token)
        if not posting:
            continue
        idf = math.log(1 + (n_docs - len(posting) + 0.5) / (len(posting) + 0.5))
        for product_id, tf in posting.items():
            norm = 1 - B + B * index["lengths"][product_id] / index["average_length"]
            scores[product_id] = scores.get(product_id, 0.0) + idf * tf * (K1 + 1) / (tf + K1 * norm)
    return sorted(scores, key=lambda product_id: (-scores[product_id], product_id))[:k]


def index_vocabulary(index):
    """{token: number of indexed products containing it} (the document frequency)."""
    return {token: len(posting) for token, posting in index["postings"].items()}


# %% [markdown]
# Scratch space: not graded. Look around before you answer, for instance at the products a
# query should find and at what production returns for it.

# %%
print(catalogue.head(8).to_string())
example = queries.set_index("query_id").loc["q31"]  # 'linen cushions'
production_index = build_index({p: raw_tokens(t) for p, t in zip(catalogue["product_id"], catalogue["title"])})
print("\n", example["query"], "->", search(production_index, raw_tokens(example["query"])))
print(catalogue[catalogue["product_id"].isin(example["relevant"])].to_string())

# %% [markdown]
# ## Part A · Metrics for a ranked list
#
# Before any fix, agree on the ruler. In an interview, say the definitions out loud: most
# arguments about "did recall go up?" turn out to be two people using different ones.
# Throughout, `ranked` is the list of product ids a search returned, best first, with no
# repeats (it may be shorter than `k`, or empty), and `relevant` is any collection of the
# product ids judged relevant for that query (repeats count once).
#
# ## 1. Recall@k
# *Per relevant item, not per retrieved item*
#
# Recall@k answers "of everything the shopper would have wanted, how much made it onto the
# first page?": the number of relevant products among the top `k` results, divided by the
# number of relevant products. The denominator is the classic slip: dividing by the number
# of results shown measures something else (a form of precision, next exercise), and it
# rewards a search that shows a single lucky hit. The second slip is the cut-off:
# "top `k`" means the first `k` positions, `ranked[:k]`, never one more or one fewer. And
# when nothing relevant exists, recall is not 0 or 1 but undefined: such a query says
# nothing about how much search found, so it is left out of recall averages.
#
# **Question.** Complete `def recall_at_k(ranked, relevant, k):` so that it returns, as a
# float, the number of distinct relevant product ids among the first `k` entries of
# `ranked`, divided by the number of distinct relevant ids. Return `None` when `relevant` is
# empty. `k` is an integer `>= 1`; `ranked` may hold fewer than `k` entries.

# %% nbgrader={"grade_id": "recall_at_k", "solution": true}
def recall_at_k(ranked, relevant, k):
    """Share of the relevant products found in the top k of `ranked` (None if none are relevant)."""
    ### BEGIN SOLUTION
    wanted = set(relevant)
    if not wanted:
        return None
    return len(wanted.intersection(ranked[:k])) / len(wanted)
    ### END SOLUTION


# %% nbgrader={"grade_id": "recall_at_k_test", "grade": true, "points": 1}
expect_close(recall_at_k([7, 3, 9], [3, 4], 3), 0.5, what="recall_at_k([7, 3, 9], [3, 4], 3)")
expect_close(recall_at_k([7, 3, 9], [3, 4], 1), 0.0, what="recall_at_k([7, 3, 9], [3, 4], 1)")
assert recall_at_k([7, 3], [], 10) is None, "recall_at_k with no relevant products should return None"
### BEGIN HIDDEN TESTS
expect_close(recall_at_k([5], [5, 6, 7, 8], 10), 0.25, what="recall_at_k([5], [5, 6, 7, 8], 10) (one result shown)")
expect_close(recall_at_k([], [1], 10), 0.0, what="recall_at_k([], [1], 10) (nothing shown)")
expect_close(recall_at_k([1, 2, 3], [2, 2, 3], 2), 0.5, what="recall_at_k([1, 2, 3], [2, 2, 3], 2) (a repeated relevant id)")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "recall_at_k_test_2", "grade": true, "points": 1}
# Hidden: 300 random result lists and judgements, against a position-by-position count.
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(61)
for _case in range(300):
    _ranked = [int(p) for p in _rng.permutation(40)[: _rng.integers(0, 15)]]
    _relevant = [int(p) for p in _rng.integers(0, 40, size=_rng.integers(0, 8))]
    _k = int(_rng.integers(1, 13))
    _got = recall_at_k(list(_ranked), list(_relevant), _k)
    _distinct = set(_relevant)
    if not _distinct:
        assert _got is None, f"recall_at_k({_ranked}, {_relevant}, {_k}) should be None (nothing relevant)"
        continue
    _hits = 0
    for _position, _pid in enumerate(_ranked):
        if _position < _k and _pid in _distinct:
            _hits += 1
    expect_close(_got, _hits / len(_distinct), what=f"recall_at_k({_ranked}, {_relevant}, {_k})")
### END HIDDEN TESTS

# %% [markdown]
# ## 2. Precision@k
# *The denominator is `k`*
#
# Precision@k answers "how much of the first page is worth looking at?": relevant products
# among the top `k`, divided by `k`. This notebook uses the usual information-retrieval
# convention and divides by `k` even when search returned fewer than `k` results: empty
# slots count as misses, so a query that returns one relevant product has precision@10 of
# 0.1, not 1.0. (Some teams divide by the number of results actually shown instead; both are
# in use, which is exactly why you state yours.) Note that, unlike recall, precision@k has a
# ceiling below 1 when fewer than `k` products are relevant, so compare it between
# configurations, not against 1.
#
# **Question.** Complete `def precision_at_k(ranked, relevant, k):` so that it returns, as
# a float, the number of distinct relevant ids among the first `k` entries of `ranked`,
# divided by `k`. With nothing relevant it returns `0.0`.

# %% nbgrader={"grade_id": "precision_at_k", "solution": true}
def precision_at_k(ranked, relevant, k):
    """Relevant products in the top k of `ranked`, divided by k."""
    ### BEGIN SOLUTION
    return len(set(relevant).intersection(ranked[:k])) / k
    ### END SOLUTION


# %% nbgrader={"grade_id": "precision_at_k_test", "grade": true, "points": 1}
expect_close(precision_at_k([7, 3, 9, 4], [3, 4], 4), 0.5, what="precision_at_k([7, 3, 9, 4], [3, 4], 4)")
expect_close(precision_at_k([7, 3, 9, 4], [3, 4], 2), 0.5, what="precision_at_k([7, 3, 9, 4], [3, 4], 2)")
### BEGIN HIDDEN TESTS
expect_close(precision_at_k([3], [3, 4], 10), 0.1, what="precision_at_k([3], [3, 4], 10) (one result shown)")
expect_close(precision_at_k([], [3], 10), 0.0, abs_=1e-12, what="precision_at_k([], [3], 10)")
expect_close(precision_at_k([3, 4], [], 10), 0.0, abs_=1e-12, what="precision_at_k([3, 4], [], 10)")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "precision_at_k_test_2", "grade": true, "points": 1}
# Hidden: 300 random result lists and judgements, against a position-by-position count.
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(62)
for _case in range(300):
    _ranked = [int(p) for p in _rng.permutation(40)[: _rng.integers(0, 15)]]
    _relevant = [int(p) for p in _rng.integers(0, 40, size=_rng.integers(0, 8))]
    _k = int(_rng.integers(1, 13))
    _hits = sum(1 for _position, _pid in enumerate(_ranked) if _position < _k and _pid in set(_relevant))
    expect_close(precision_at_k(list(_ranked), list(_relevant), _k), _hits / _k, abs_=1e-12,
                 what=f"precision_at_k({_ranked}, {_relevant}, {_k})")
### END HIDDEN TESTS

# %% [markdown]
# ## 3. Reciprocal rank
# *Only the first relevant result counts*
#
# Recall and precision ignore order inside the first page. Reciprocal rank does not: it is
# `1 / position` of the first relevant result (positions start at 1), and 0 when no
# relevant result appears within the cut-off. Its mean over queries, MRR, is the metric of
# "the shopper found something right away". Two slips: counting positions from 0 (which
# divides by zero for a perfect answer), and searching past the cut-off, so that a relevant
# product at position 14 still earns `1/14` in an MRR@10.
#
# **Question.** Complete `def reciprocal_rank(ranked, relevant, k):` so that it returns, as
# a float, `1 / p` where `p` is the 1-based position of the first entry of `ranked` that is
# in `relevant`, if `p <= k`; otherwise `0.0`.

# %% nbgrader={"grade_id": "reciprocal_rank", "solution": true}
def reciprocal_rank(ranked, relevant, k):
    """1 / position of the first relevant product within the top k of `ranked`, else 0.0."""
    ### BEGIN SOLUTION
    wanted = set(relevant)
    for position, product_id in enumerate(ranked[:k], start=1):
        if product_id in wanted:
            return 1.0 / position
    return 0.0
    ### END SOLUTION


# %% nbgrader={"grade_id": "reciprocal_rank_test", "grade": true, "points": 1}
expect_close(reciprocal_rank([7, 3, 9], [3, 9], 10), 0.5, what="reciprocal_rank([7, 3, 9], [3, 9], 10)")
expect_close(reciprocal_rank([3, 7], [3], 10), 1.0, what="reciprocal_rank([3, 7], [3], 10)")
### BEGIN HIDDEN TESTS
expect_close(reciprocal_rank([7, 8, 3], [3], 2), 0.0, abs_=1e-12, what="reciprocal_rank([7, 8, 3], [3], 2) (past the cut-off)")
expect_close(reciprocal_rank([], [3], 10), 0.0, abs_=1e-12, what="reciprocal_rank([], [3], 10)")
_rng = np.random.default_rng(63)
for _case in range(300):
    _ranked = [int(p) for p in _rng.permutation(30)[: _rng.integers(0, 15)]]
    _relevant = {int(p) for p in _rng.integers(0, 30, size=_rng.integers(0, 6))}
    _k = int(_rng.integers(1, 13))
    _first = [i for i, p in enumerate(_ranked) if p in _relevant]
    _want = 1.0 / (_first[0] + 1) if _first and _first[0] < _k else 0.0
    expect_close(reciprocal_rank(list(_ranked), set(_relevant), _k), _want, abs_=1e-12,
                 what=f"reciprocal_rank({_ranked}, {sorted(_relevant)}, {_k})")
### END HIDDEN TESTS

# %% [markdown]
# ## 4. Scoring a whole query set
# *Which queries enter which average*
#
# A search configuration is judged on many queries at once: run them all, then average.
# State which queries each average covers. Queries with no relevant product (the shop does
# not sell a garden hose) have no recall, and giving them a 0 would punish search for the
# catalogue; giving them a 1 would reward it for nothing. So recall, precision and MRR are
# averaged over the **judged** queries only, those with at least one relevant product. The
# null-result rate (the share of searches that come back with nothing at all) is a
# different kind of number: it needs no judgement, it is logged online for every search, and
# it covers **all** queries, unjudged ones included.
#
# **Question.** Complete `def evaluate(results, qrels, k=10):`. `qrels` maps each query id
# to its collection of relevant product ids (the queries to score are exactly the keys of
# `qrels`); `results` maps every one of those query ids (and possibly others, to be ignored)
# to its ranked list. Return a dict with four floats: `"recall"`, `"precision"` and `"mrr"`,
# the means of `recall_at_k`, `precision_at_k` and `reciprocal_rank` at `k` over the judged
# queries, and `"null_rate"`, the share of all the queries in `qrels` whose result list is
# empty. The query sets you will pass always contain at least one judged query.

# %% nbgrader={"grade_id": "evaluate", "solution": true}
def evaluate(results, qrels, k=10):
    """Mean recall@k, precision@k and MRR@k over judged queries, and the null-result rate over all."""
    ### BEGIN SOLUTION
    judged = [qid for qid, relevant in qrels.items() if len(set(relevant)) > 0]
    n = len(judged)
    return {
        "recall": sum(recall_at_k(results[q], qrels[q], k) for q in judged) / n,
        "precision": sum(precision_at_k(results[q], qrels[q], k) for q in judged) / n,
        "mrr": sum(reciprocal_rank(results[q], qrels[q], k) for q in judged) / n,
        "null_rate": sum(1 for q in qrels if len(results[q]) == 0) / len(qrels),
    }
    ### END SOLUTION


# %% nbgrader={"grade_id": "evaluate_test", "grade": true, "points": 2}
_scores = evaluate({"a": [1, 2], "b": [], "c": [5]}, {"a": {2}, "b": {3}, "c": set()}, k=2)
assert isinstance(_scores, dict) and set(_scores) == {"recall", "precision", "mrr", "null_rate"}, (
    "evaluate should return a dict with the keys recall, precision, mrr and null_rate"
)
expect_close(_scores["recall"], 0.5, what="recall for the tiny example (queries a and b are judged, c is not)")
expect_close(_scores["null_rate"], 1 / 3, what="null_rate for the tiny example (one of three queries is empty)")
### BEGIN HIDDEN TESTS
expect_close(_scores["precision"], 0.25, what="precision for the tiny example")
expect_close(_scores["mrr"], 0.25, what="mrr for the tiny example")
_rng = np.random.default_rng(64)
for _case in range(40):
    _qrels, _results = {}, {}
    for _q in range(int(_rng.integers(1, 12))):
        _qrels[f"x{_q}"] = {int(p) for p in _rng.integers(0, 25, size=_rng.integers(0, 6))}
        _results[f"x{_q}"] = [int(p) for p in _rng.permutation(25)[: _rng.integers(0, 14)]]
    _results["unscored"] = []
    if not any(_qrels.values()):
        _qrels["x_extra"] = {1}
        _results["x_extra"] = [2, 1]
    _k = int(_rng.integers(1, 12))
    _judged = [q for q in _qrels if _qrels[q]]
    _rec = [len(_qrels[q] & set(_results[q][:_k])) / len(_qrels[q]) for q in _judged]
    _pre = [len(_qrels[q] & set(_results[q][:_k])) / _k for q in _judged]
    _mrr = []
    for _q in _judged:
        _pos = [i for i, p in enumerate(_results[_q][:_k]) if p in _qrels[_q]]
        _mrr.append(1 / (_pos[0] + 1) if _pos else 0.0)
    _got = evaluate(_results, _qrels, k=_k)
    expect_close(_got["recall"], float(np.mean(_rec)), what=f"recall on random query set #{_case}")
    expect_close(_got["precision"], float(np.mean(_pre)), what=f"precision on random query set #{_case}")
    expect_close(_got["mrr"], float(np.mean(_mrr)), what=f"mrr on random query set #{_case}")
    expect_close(_got["null_rate"], float(np.mean([len(_results[q]) == 0 for q in _qrels])),
                 what=f"null_rate on random query set #{_case} (over the queries of qrels only)")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "evaluate_test_2", "grade": true, "points": 1}
# Hidden: the default cut-off is 10, and the lists passed in are left as they were.
### BEGIN HIDDEN TESTS
_results = {"a": list(range(1, 16)), "b": [40, 41]}
_qrels = {"a": {11, 12, 3}, "b": {41}}
_before = {q: list(v) for q, v in _results.items()}
_got = evaluate(_results, _qrels)
expect_close(_got["recall"], (1 / 3 + 1) / 2, what="recall with the default k (should be 10)")
expect_close(_got["precision"], (0.1 + 0.1) / 2, what="precision with the default k (should be 10)")
assert _results == _before, "evaluate changed the result lists it was given"
### END HIDDEN TESTS

# %% [markdown]
# ## Part B · The baseline
#
# ## 5. How production does today
# *Held-out queries only*
#
# Every improvement is a difference from a baseline, so measure the baseline first, on the
# same queries and with the same metric you will use for every fix. Production indexes each
# product by its title, split with `raw_tokens`, and splits the query the same way. Use the
# **evaluation** split only. The mining queries are where the synonym table came from;
# scoring on them later would show that table fixing the very queries it was built from,
# which is leakage, and a baseline measured on a different query set than the fixes cannot
# be compared with them anyway.
#
# **Question.** Build `baseline_scores`, the dict `evaluate` returns for production's
# search (titles indexed with `raw_tokens`, queries split with `raw_tokens`, top 10
# results) on the evaluation queries, at `k = 10`. Helper variables are welcome; you will
# need the evaluation queries and their `qrels_of` again later.

# %% nbgrader={"grade_id": "baseline_scores", "solution": true}
### BEGIN SOLUTION
eval_queries = queries[queries["split"] == "evaluation"]
eval_qrels = qrels_of(eval_queries)
_production = build_index({p: raw_tokens(t) for p, t in zip(catalogue["product_id"], catalogue["title"])})
baseline_results = {qid: search(_production, raw_tokens(text), 10)
                    for qid, text in zip(eval_queries["query_id"], eval_queries["query"])}
baseline_scores = evaluate(baseline_results, eval_qrels, k=10)
### END SOLUTION
print(baseline_scores)

# %% nbgrader={"grade_id": "baseline_scores_test", "grade": true, "points": 2}
### BEGIN HIDDEN TESTS
# Reference implementations used by the hidden checks from here to the end of the notebook.
def _ref_levenshtein(a, b):
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def _ref_normalise(text):
    kept = "".join(c if ("a" <= c <= "z" or "0" <= c <= "9") else " " for c in str(text).lower())
    tokens = []
    for token in kept.split():
        if token.isalpha() and len(token) >= 4:
            if token[-4:] in ("sses", "ches", "shes") or token[-3:] == "xes":
                token = token[:-2]
            elif token[-1] == "s" and token[-2] != "s":
                token = token[:-1]
        tokens.append(token)
    return tokens


def _ref_product_text(product, metadata):
    pieces = [product["title"]]
    if metadata:
        pieces += [product["attributes"][key] for key in sorted(product["attributes"])]
    return " ".join(pieces)


def _ref_expand(tokens, synonyms):
    out = list(tokens)
    for token in list(tokens):
        for phrase in synonyms.get(token, []):
            out += [t for t in _ref_normalise(phrase) if t not in out]
    return out


def _ref_correct(tokens, vocabulary):
    fixed = []
    for token in tokens:
        if token in vocabulary or len(token) < 4 or not all("a" <= c <= "z" for c in token):
            fixed.append(token)
            continue
        close = [w for w in vocabulary if abs(len(w) - len(token)) <= 1 and _ref_levenshtein(token, w) == 1]
        fixed.append(sorted(close, key=lambda w: (-vocabulary[w], w))[0] if close else token)
    return fixed


def _ref_documents(steps):
    steps = set(steps)
    docs = {}
    for product in catalogue.to_dict("records"):
        text = _ref_product_text(product, "metadata" in steps)
        docs[product["product_id"]] = _ref_normalise(text) if "normalise" in steps else text.split()
    return docs


def _ref_run(frame, steps, k=10):
    steps = set(steps)
    index = build_index(_ref_documents(steps))
    known = index_vocabulary(index)
    if "synonyms" in steps:
        known = {**{key: 0 for key in SYNONYMS}, **known}
    out = {}
    for qid, text in zip(frame["query_id"], frame["query"]):
        tokens = _ref_normalise(text) if "normalise" in steps else text.split()
        if "typos" in steps:
            tokens = _ref_correct(tokens, known)
        if "synonyms" in steps:
            tokens = _ref_expand(tokens, SYNONYMS)
        out[qid] = search(index, tokens, k)
    return out


def _ref_evaluate(results, qrels, k=10):
    judged = [q for q in qrels if qrels[q]]
    hits = {q: len(set(qrels[q]) & set(results[q][:k])) for q in judged}
    firsts = {q: [i for i, p in enumerate(results[q][:k]) if p in qrels[q]] for q in judged}
    return {
        "recall": float(np.mean([hits[q] / len(set(qrels[q])) for q in judged])),
        "precision": float(np.mean([hits[q] / k for q in judged])),
        "mrr": float(np.mean([1 / (firsts[q][0] + 1) if firsts[q] else 0.0 for q in judged])),
        "null_rate": float(np.mean([len(results[q]) == 0 for q in qrels])),
    }


def _ref_all_scores():
    frame = queries[queries["split"] == "evaluation"]
    qrels = {q: set(r) for q, r in zip(frame["query_id"], frame["relevant"])}
    return {config: _ref_evaluate(_ref_run(frame, config), qrels) for config in CONFIGURATIONS}


def _expect_scores(got, want, what):
    assert isinstance(got, dict) and set(got) == set(want), f"{what} should be a dict with the keys {sorted(want)}"
    for _key in want:
        expect_close(got[_key], want[_key], what=f"{what}[{_key!r}]")


_REF_EVAL = queries[queries["split"] == "evaluation"]
_REF_QRELS = {q: set(r) for q, r in zip(_REF_EVAL["query_id"], _REF_EVAL["relevant"])}
### END HIDDEN TESTS
assert isinstance(baseline_scores, dict) and set(baseline_scores) == {"recall", "precision", "mrr", "null_rate"}, (
    "baseline_scores should be the dict that evaluate returns"
)
assert all(0 <= baseline_scores[_key] <= 1 for _key in baseline_scores), "every score should lie between 0 and 1"
### BEGIN HIDDEN TESTS
_want = _ref_evaluate(_ref_run(_REF_EVAL, frozenset()), _REF_QRELS)
_leaky = _ref_evaluate(_ref_run(queries, frozenset()), {q: set(r) for q, r in zip(queries["query_id"], queries["relevant"])})
assert abs(baseline_scores["recall"] - _leaky["recall"]) > 1e-9 or abs(baseline_scores["null_rate"] - _leaky["null_rate"]) > 1e-9, (
    "baseline_scores looks measured on all 66 queries: use the evaluation split only"
)
_expect_scores(baseline_scores, _want, "baseline_scores")
### END HIDDEN TESTS

# %% [markdown]
# ## Part C · Fixing the text, not the ranker
#
# The ranker only ever compares tokens. A relevant product is missed when none of its
# tokens equals a query token, even though a person would call them the same word: `Sofa`
# and `sofa,`, `cushions` and `cushion`, `keetle` and `kettle`, `couch` and `sofa`, or a
# colour the seller put in the attributes instead of the title. Each fix below changes the
# tokens on one side or both, and leaves `search` alone.
#
# ## 6. Normalisation
# *The same analyser on both sides*
#
# Normalisation maps the many spellings of one word onto one token: lower case, punctuation
# turned into token boundaries (`t-shirt` becomes `t` and `shirt`, `55"` becomes `55`), and
# a light plural stemmer. It only works if the query and the products go through the
# **same** function: lower-casing the queries but not the titles makes things worse, not
# better. The stemmer here is deliberately crude, a few suffix rules rather than a
# dictionary. It merges `sofas` with `sofa` and `inches` with `inch`, and it also turns
# `canvas` into `canva`, which does no harm as long as both sides make the same mistake.
# Two cautions: the rules must not touch numbers, and the order matters (lower-case first,
# or `SOFAS` keeps its plural).
#
# **Question.** Complete `def normalise(text):` so that it returns the list of tokens of
# `text`, in order, after these steps:
#
# 1. Lower-case the text.
# 2. Replace every character that is not a lower-case letter `a`-`z` or a digit `0`-`9` by
#    a space, then split on whitespace.
# 3. Stem each token that consists of letters only and has at least 4 characters (any
#    other token is left as it is), applying the first rule that matches:
#    - it ends in `sses`, `ches`, `shes` or `xes`: drop the final `es` (`glasses` ->
#      `glass`, `inches` -> `inch`, `boxes` -> `box`);
#    - it ends in `ss`: keep it (`dress`);
#    - it ends in `s`: drop that `s` (`sofas` -> `sofa`, `hoodies` -> `hoodie`).

# %% nbgrader={"grade_id": "normalise", "solution": true}
def normalise(text):
    """Lower-case, split on anything but a-z and 0-9, and strip simple plurals."""
    ### BEGIN SOLUTION
    tokens = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()
    stemmed = []
    for token in tokens:
        if token.isalpha() and len(token) >= 4:
            if token.endswith(("sses", "ches", "shes", "xes")):
                token = token[:-2]
            elif not token.endswith("ss") and token.endswith("s"):
                token = token[:-1]
        stemmed.append(token)
    return stemmed
    ### END SOLUTION


# %% nbgrader={"grade_id": "normalise_test", "grade": true, "points": 2}
assert normalise("Grey Sofas, 3-Seater") == ["grey", "sofa", "3", "seater"], (
    f'normalise("Grey Sofas, 3-Seater") gave {normalise("Grey Sofas, 3-Seater")!r}; expected '
    "['grey', 'sofa', '3', 'seater']"
)
_got = normalise('55" TV')
assert _got == ["55", "tv"], f"normalise('55\" TV') gave {_got!r}; expected ['55', 'tv']"
### BEGIN HIDDEN TESTS
_cases = ["GLASSES", "dress", "Benches & boxes", "inches", "wishes", "bus", "gas", "sss", "less", "axes",
          "cushions", "HOODIES", "t-shirt", "T-SHIRTS", "55in tv", "160 x 230 cm", "tvs", "mugs", "2020s",
          "  spaced   out  ", "", "café sofas", "pack of 2", "50%-off!!", "canvas", "V-Neck Tees", "sses", "ches"]
for _text in _cases:
    _got = normalise(_text)
    assert list(_got) == _ref_normalise(_text), f"normalise({_text!r}) gave {_got!r}, which breaks a rule of the question"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "normalise_test_2", "grade": true, "points": 1}
# Hidden: every title and query of the notebook, and 300 random strings, against a
# character-by-character reference.
### BEGIN HIDDEN TESTS
for _text in list(catalogue["title"]) + list(queries["query"]):
    assert list(normalise(_text)) == _ref_normalise(_text), f"normalise({_text!r}) gave {normalise(_text)!r}"
_rng = np.random.default_rng(66)
_alphabet = list("abcdefghsxABCHSX0123456789 ,.-'\"/&")
for _case in range(300):
    _text = "".join(_rng.choice(_alphabet, size=_rng.integers(0, 25)))
    assert list(normalise(_text)) == _ref_normalise(_text), f"normalise({_text!r}) gave {normalise(_text)!r}"
### END HIDDEN TESTS

# %% [markdown]
# ## 7. Metadata enrichment
# *Index the facts the seller filled in*
#
# A seller who picks "navy" in the colour drop-down but titles the product "Orrin wool
# throw" has hidden it from every "navy throw" search. Enrichment appends the attribute
# values to the text that gets indexed, so those facts become tokens too. Append the
# **values**, not the keys: indexing the word `colour` in every product would make a query
# containing "colour" match the whole shop. Enrichment is not free either: longer texts
# change BM25's length normalisation, and common values such as `black` now match many more
# products. The exercises in part D measure whether the trade is worth it.
#
# **Question.** Complete `def product_text(product, metadata=False):`. `product` is one
# catalogue row, as a dict or a pandas Series, with at least `"title"` and `"attributes"`.
# Return the title unchanged when `metadata` is false; otherwise the title followed by
# every attribute value, taken in the alphabetical order of the attribute names and
# separated by single spaces. Do not normalise here: that is a separate step.

# %% nbgrader={"grade_id": "product_text", "solution": true}
def product_text(product, metadata=False):
    """The text to index for one product: its title, plus its attribute values if metadata is on."""
    ### BEGIN SOLUTION
    if not metadata:
        return product["title"]
    values = [product["attributes"][name] for name in sorted(product["attributes"])]
    return " ".join([product["title"], *values])
    ### END SOLUTION


# %% nbgrader={"grade_id": "product_text_test", "grade": true, "points": 1}
_item = {"title": "Orrin wool throw", "attributes": {"material": "wool", "colour": "navy"}}
assert product_text(_item) == "Orrin wool throw", "without metadata the text is the title, unchanged"
assert product_text(_item, metadata=True).split() == ["Orrin", "wool", "throw", "navy", "wool"], (
    f"product_text(..., metadata=True) gave {product_text(_item, metadata=True)!r}"
)
### BEGIN HIDDEN TESTS
for _product in catalogue.to_dict("records") + [dict(row) for _, row in catalogue.head(5).iterrows()]:
    for _flag in (False, True):
        _got = product_text(_product, _flag)
        assert isinstance(_got, str) and _got.split() == _ref_product_text(_product, _flag).split(), (
            f"product_text for product {_product['product_id']} with metadata={_flag} gave {_got!r}"
        )
_bare = {"title": "Lumo DESK", "attributes": {}}
assert product_text(_bare, True).split() == ["Lumo", "DESK"], "a product without attributes keeps just its title"
assert product_text(catalogue.iloc[0], metadata=True).split() == _ref_product_text(catalogue.iloc[0], True).split(), (
    "product_text should accept a pandas Series (a row of catalogue) as well as a dict"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 8. Synonym expansion
# *Expand the query, once*
#
# Query expansion adds, next to each query word, the words the table lists for it, so
# "velvet couch" also searches for `sofa`. Three rules keep it honest:
#
# - **Expand the query, not the index.** Expanding the products as well counts every
#   synonym twice, inflates term frequencies and document lengths, and makes the index
#   depend on a table that changes every week.
# - **One level only.** `couch` -> `sofa` is fine; following `sofa` on to `armchair` is a
#   chain of "related to" links that drifts away from what the shopper typed.
# - **Run the expansions through `normalise`**, so that `t-shirt` becomes `t` and `shirt`,
#   exactly as in the indexed titles.
#
# A mined table trades precision for recall, and not evenly: it rescues rare phrasings
# ("trainers", "pillow") and can hurt the broad head queries ("sofa", "shirt") that carry
# most of the traffic, because a related word that is rarer than the original gets a
# higher idf and pushes the right products down.
#
# **Question.** Complete `def expand_synonyms(tokens, synonyms):`. `tokens` is a list of
# normalised query tokens; `synonyms` maps a token to a list of phrases. Return a new list:
# the original tokens in their order, followed by, for each original token in order and
# each of its phrases in table order, the tokens of `normalise(phrase)`, skipping any token
# already in the list being built. Do not expand the added tokens again, and leave `tokens`
# unchanged.

# %% nbgrader={"grade_id": "expand_synonyms", "solution": true}
def expand_synonyms(tokens, synonyms):
    """The query tokens followed by the (normalised) synonyms of each, one level deep, no repeats."""
    ### BEGIN SOLUTION
    expanded = list(tokens)
    for token in tokens:
        for phrase in synonyms.get(token, []):
            for extra in normalise(phrase):
                if extra not in expanded:
                    expanded.append(extra)
    return expanded
    ### END SOLUTION


# %% nbgrader={"grade_id": "expand_synonyms_test", "grade": true, "points": 2}
_got = expand_synonyms(["velvet", "couch"], {"couch": ["sofa"], "sofa": ["settee"]})
assert _got == ["velvet", "couch", "sofa"], f"expand_synonyms(['velvet', 'couch'], ...) gave {_got!r}"
_got = expand_synonyms(["white", "tee"], {"tee": ["t-shirt"]})
assert _got == ["white", "tee", "t", "shirt"], (
    f"expand_synonyms(['white', 'tee'], {{'tee': ['t-shirt']}}) gave {_got!r}"
)
### BEGIN HIDDEN TESTS
_table = {"couch": ["sofa", "settee"], "sofa": ["couch", "armchair"], "mug": ["cup", "coffee mug"],
          "tee": ["T-Shirts"], "pant": ["trousers", "Pants"]}
for _tokens in (["couch"], ["sofa"], ["mug", "couch"], ["grey", "tee", "mug"], ["pant"], [], ["lamp"],
                ["couch", "sofa"], ["tee", "tee"]):
    _copy = list(_tokens)
    _got = expand_synonyms(_copy, _table)
    assert _copy == _tokens, f"expand_synonyms changed the list it was given ({_tokens!r})"
    assert list(_got) == _ref_expand(_tokens, _table), (
        f"expand_synonyms({_tokens!r}, ...) gave {_got!r}: check the order, the one-level rule and the repeats"
    )
for _text in queries["query"]:
    _tokens = _ref_normalise(_text)
    assert list(expand_synonyms(list(_tokens), SYNONYMS)) == _ref_expand(_tokens, SYNONYMS), (
        f"expand_synonyms on the tokens of {_text!r} with SYNONYMS gave {expand_synonyms(list(_tokens), SYNONYMS)!r}"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 9. Typo tolerance
# *Edit distance 1 against the indexed vocabulary*
#
# Most typos are one keystroke away from the intended word: a letter dropped (`wardobe`),
# added (`keetle`) or replaced (`lanp`). The Levenshtein distance counts the fewest such
# single-character insertions, deletions and substitutions that turn one word into
# another. A word the index has never seen, at distance 1 from a word it has, is probably
# that word. Ties go to the word more products contain, since it is the likelier intent.
# Guard rails matter more than the algorithm:
#
# - **Only correct unknown words.** A word in the vocabulary is never "fixed", however close
#   it is to another one.
# - **Leave numbers and short words alone.** `43` is one edit from `45` and `tee` one edit
#   from `tea`: a correction there changes the meaning.
# - Swapped letters (`armchiar`) are two Levenshtein edits, so this rule does not catch
#   them; part D counts what that costs.
#
# **Question.** Complete `def correct_typos(tokens, vocabulary):`. `vocabulary` maps each
# known token to the number of products containing it (what `index_vocabulary` returns).
# Return a new list with one token per input token, in order: a token is kept unchanged if
# it is in `vocabulary`, has fewer than 4 characters, or contains any character other than
# `a`-`z`. Otherwise it is replaced by the vocabulary word at Levenshtein distance exactly 1
# that has the largest count, ties going to the alphabetically first word; if no
# vocabulary word is at distance 1, the token is kept. Leave `tokens` unchanged.

# %% nbgrader={"grade_id": "correct_typos", "solution": true}
def correct_typos(tokens, vocabulary):
    """Replace each unknown token of 4+ letters by its most common vocabulary word at edit distance 1."""
    ### BEGIN SOLUTION
    letters = "abcdefghijklmnopqrstuvwxyz"

    def one_edit_away(word):
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        deletions = {left + right[1:] for left, right in splits if right}
        substitutions = {left + c + right[1:] for left, right in splits if right for c in letters}
        insertions = {left + c + right for left, right in splits for c in letters}
        return (deletions | substitutions | insertions) - {word}

    corrected = []
    for token in tokens:
        if token in vocabulary or len(token) < 4 or any(c not in letters for c in token):
            corrected.append(token)
            continue
        candidates = [word for word in one_edit_away(token) if word in vocabulary]
        corrected.append(min(candidates, key=lambda word: (-vocabulary[word], word)) if candidates else token)
    return corrected
    ### END SOLUTION


# %% nbgrader={"grade_id": "correct_typos_test", "grade": true, "points": 2}
_vocab = {"kettle": 8, "wardrobe": 8, "lamp": 12, "lime": 3, "lame": 1, "tea": 2, "45": 4}
_got = correct_typos(["keetle", "wardobe", "lamp"], _vocab)
assert _got == ["kettle", "wardrobe", "lamp"], f"correct_typos(['keetle', 'wardobe', 'lamp'], ...) gave {_got!r}"
_got = correct_typos(["tee", "43", "lamx"], _vocab)
assert _got == ["tee", "43", "lamp"], f"correct_typos(['tee', '43', 'lamx'], ...) gave {_got!r}"
### BEGIN HIDDEN TESTS
_got = correct_typos(["lamr"], {"lamb": 5, "lamp": 5, "lame": 9})
assert list(_got) == ["lame"], f"correct_typos(['lamr'], ...) gave {_got!r}: the most common candidate should win"
_got = correct_typos(["lamr"], {"lamp": 5, "lamb": 5})
assert list(_got) == ["lamb"], f"correct_typos(['lamr'], ...) gave {_got!r}: equal counts go to the alphabetically first"
_got = correct_typos(["armchiar", "sofaa", "55inch", "t-shirt", "Sofaa"], {"armchair": 9, "sofa": 10, "55inch": 0, "inch": 3})
assert list(_got) == ["armchiar", "sofa", "55inch", "t-shirt", "Sofaa"], (
    f"correct_typos gave {_got!r}: a swap is two edits, and only tokens of letters a-z are corrected"
)
_input = ["keetle", "lamx"]
correct_typos(_input, {"kettle": 1, "lamp": 1})
assert _input == ["keetle", "lamx"], "correct_typos changed the list it was given"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "correct_typos_test_2", "grade": true, "points": 1}
# Hidden: 150 random vocabularies and misspellings, against a brute-force edit distance.
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(69)
_letters = list("abcdelmnorst")
for _case in range(150):
    _words = {"".join(_rng.choice(_letters, size=_rng.integers(3, 7))) for _ in range(40)}
    _vocabulary = {w: int(_rng.integers(1, 4)) for w in sorted(_words)}
    _tokens = []
    for _ in range(6):
        _word = list(_rng.choice(sorted(_words)))
        _where = int(_rng.integers(0, len(_word)))
        _kind = _rng.integers(0, 4)
        if _kind == 0:
            del _word[_where]
        elif _kind == 1:
            _word[_where] = str(_rng.choice(_letters))
        elif _kind == 2:
            _word.insert(_where, str(_rng.choice(_letters)))
        _tokens.append("".join(_word))
    _got = correct_typos(list(_tokens), dict(_vocabulary))
    assert list(_got) == _ref_correct(_tokens, _vocabulary), (
        f"correct_typos({_tokens!r}, <random vocabulary #{_case}>) gave {_got!r}"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 10. One pipeline for every combination
# *Which step touches which side, and in which order*
#
# With the pieces in place, write the one function that runs any combination of them, so
# that every configuration is measured in exactly the same way. A configuration is a set
# of step names:
#
# - `"normalise"`: documents and queries are tokenised with `normalise` instead of
#   `raw_tokens`.
# - `"metadata"`: documents are indexed from `product_text(product, metadata=True)`.
# - `"typos"`: query tokens go through `correct_typos`, against the vocabulary of the index
#   being searched.
# - `"synonyms"`: query tokens go through `expand_synonyms` with `SYNONYMS`. Documents are
#   never expanded.
#
# The order on the query side is normalise, then correct typos, then expand. Correcting
# first lets `sofaa` find its synonyms; but the typo step knows only the catalogue's words,
# so it would "fix" `pants` (normalised to `pant`, which no title contains) into `pan`, and
# the synonym `trousers` would never be looked up. So when synonyms are on, the words of
# the synonym table count as known words too.
#
# **Question.** Complete the two functions below. `index_documents(steps)` returns
# `{product_id: list of tokens}` for every product of `catalogue` under the configuration
# `steps` (any collection of step names). `run_configuration(frame, steps, k=10)` builds
# the index from `index_documents(steps)` with `build_index`, runs every query of `frame`
# (a slice of `queries`) through `search` with its tokens prepared as above, and returns
# `{query_id: top k product ids}`. When `"typos"` is on, correct against
# `index_vocabulary(index)`, extended, when `"synonyms"` is also on, with every key of
# `SYNONYMS` that is not already in it, with a count of 0. `"synonyms"` and `"typos"` only
# ever appear together with `"normalise"`.

# %% nbgrader={"grade_id": "run_configuration", "solution": true}
def index_documents(steps):
    """{product_id: indexed tokens} for the catalogue under a configuration."""
    ### BEGIN SOLUTION
    analyse = normalise if "normalise" in steps else raw_tokens
    return {product["product_id"]: analyse(product_text(product, metadata="metadata" in steps))
            for product in catalogue.to_dict("records")}
    ### END SOLUTION


def run_configuration(frame, steps, k=10):
    """{query_id: top k product ids} for the queries of `frame` under a configuration."""
    ### BEGIN SOLUTION
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
    ### END SOLUTION


# %% nbgrader={"grade_id": "run_configuration_test", "grade": true, "points": 2}
_docs = index_documents({"normalise", "metadata"})
assert len(_docs) == len(catalogue), "index_documents should return one token list per product"
assert _docs[1001] == normalise(product_text(catalogue.iloc[0], metadata=True)), (
    "the tokens of product 1001 with normalise and metadata on are not those of its enriched, normalised text"
)
_run = run_configuration(queries.head(3), {"normalise"}, k=5)
assert set(_run) == {"q01", "q02", "q03"} and all(len(v) <= 5 for v in _run.values()), (
    "run_configuration should return one list of at most k product ids per query of the frame"
)
### BEGIN HIDDEN TESTS
for _steps in (frozenset(), frozenset({"normalise"}), frozenset({"metadata"}), frozenset({"normalise", "metadata"})):
    _got = index_documents(_steps)
    _want = _ref_documents(_steps)
    assert set(_got) == set(_want), f"index_documents({set(_steps)}) does not cover every product exactly once"
    for _pid in _want:
        assert list(_got[_pid]) == _want[_pid], (
            f"index_documents({set(_steps) or '{}'}) gave {list(_got[_pid])!r} for product {_pid}"
        )
for _steps in (frozenset(), frozenset({"normalise"}), frozenset({"normalise", "metadata"})):
    _got = run_configuration(queries, _steps)
    _want = _ref_run(queries, _steps)
    for _qid in _want:
        assert list(_got[_qid]) == _want[_qid], f"run_configuration with steps {set(_steps) or '{}'} is wrong for query {_qid}"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "run_configuration_test_2", "grade": true, "points": 2}
# Hidden: the typo and synonym steps, alone and together, on every query, and on a few
# queries written to catch the order of the steps.
### BEGIN HIDDEN TESTS
_extra = pd.DataFrame({"query_id": ["z1", "z2", "z3", "z4", "z5"],
                       "query": ["navy pants", "sofaa", "Couches", "tshirt white", "pillw"]})
_frame = pd.concat([queries[["query_id", "query"]], _extra], ignore_index=True)
for _steps in (frozenset({"normalise", "typos"}), frozenset({"normalise", "synonyms"}),
               frozenset({"normalise", "synonyms", "typos"}), frozenset({"normalise", "metadata", "synonyms", "typos"})):
    _got = run_configuration(_frame, _steps, k=12)
    _want = _ref_run(_frame, _steps, k=12)
    for _qid in _want:
        assert list(_got[_qid]) == _want[_qid], (
            f"run_configuration with steps {sorted(_steps)} is wrong for the query "
            f"{_frame.set_index('query_id').loc[_qid, 'query']!r}"
        )
### END HIDDEN TESTS

# %% [markdown]
# ## Part D · Measuring, choosing, explaining
#
# The configurations to compare: production's baseline (no step at all) and normalisation
# combined with every subset of the other three steps, nine in all. `CONFIGURATIONS` lists
# them as frozensets, so they can serve as dict keys; `MAX_PRECISION_DROP` is the launch
# rule agreed with the search team for exercise 13.

# %% nbgrader={"grade_id": "configurations", "locked": true}
CONFIGURATIONS = [frozenset()] + [
    frozenset({"normalise", *extra})
    for size in range(4)
    for extra in itertools.combinations(("metadata", "synonyms", "typos"), size)
]
MAX_PRECISION_DROP = 0.01
print([sorted(c) for c in CONFIGURATIONS])

# %% [markdown]
# ## 11. Every configuration, scored the same way
# *One harness, one query set, one cut-off*
#
# A fair comparison changes one thing at a time and keeps everything else fixed: the
# queries, the judgements, the cut-off and the code that computes the metrics. Running
# every configuration through the same function is how you guarantee it.
#
# **Question.** Build `configuration_scores`, a dict mapping each configuration of
# `CONFIGURATIONS` (the frozenset itself) to the dict `evaluate` returns for
# `run_configuration` on the evaluation queries, at `k = 10`.

# %% nbgrader={"grade_id": "configuration_scores", "solution": true}
### BEGIN SOLUTION
configuration_scores = {
    config: evaluate(run_configuration(eval_queries, config), eval_qrels, k=10) for config in CONFIGURATIONS
}
### END SOLUTION
print(pd.DataFrame({"+".join(sorted(c)) or "baseline": s for c, s in configuration_scores.items()}).T.round(3))

# %% nbgrader={"grade_id": "configuration_scores_test", "grade": true, "points": 2}
### BEGIN HIDDEN TESTS
_REF_SCORES = _ref_all_scores()
### END HIDDEN TESTS
assert isinstance(configuration_scores, dict) and set(configuration_scores) == set(CONFIGURATIONS), (
    "configuration_scores should have exactly the nine configurations of CONFIGURATIONS as keys"
)
assert configuration_scores[frozenset({"normalise"})]["recall"] > configuration_scores[frozenset()]["recall"], (
    "normalisation should raise recall@10 over the baseline"
)
### BEGIN HIDDEN TESTS
_all_qrels = {q: set(r) for q, r in zip(queries["query_id"], queries["relevant"])}
_leaky = _ref_evaluate(_ref_run(queries, frozenset({"normalise", "synonyms"})), _all_qrels)
assert abs(configuration_scores[frozenset({"normalise", "synonyms"})]["recall"] - _leaky["recall"]) > 1e-9, (
    "the scores look measured on all 66 queries, mining split included: use the evaluation split only"
)
for _config in CONFIGURATIONS:
    _expect_scores(configuration_scores[_config], _REF_SCORES[_config], f"configuration_scores[{set(_config) or '{}'}]")
### END HIDDEN TESTS

# %% [markdown]
# ## 12. What each step buys, and what it costs
# *Attribute each change to one step*
#
# To say what a step is worth, compare two configurations that differ only in that step.
# Here the reference for every added step is the normalised pipeline, because every other
# step builds on normalisation, and normalisation itself is measured against the baseline.
# Comparing each configuration with the previous one in a chain (normalise, then
# +metadata, then +synonyms, ...) would instead credit a step with whatever the steps
# before it happened to leave unfixed, and the order of the chain would change the story.
#
# **Question.** Build `step_effects`, a dict with the keys `"normalise"`, `"metadata"`,
# `"synonyms"` and `"typos"`. Each value is a dict `{"recall": ..., "precision": ...}`
# holding the change (after minus before) of recall@10 and precision@10 on the evaluation
# queries: for `"normalise"`, from the baseline to `{"normalise"}`; for each other step
# `s`, from `{"normalise"}` to `{"normalise", s}`.

# %% nbgrader={"grade_id": "step_effects", "solution": true}
### BEGIN SOLUTION
_normalised = configuration_scores[frozenset({"normalise"})]
step_effects = {
    "normalise": {metric: _normalised[metric] - configuration_scores[frozenset()][metric]
                  for metric in ("recall", "precision")},
}
for _step in ("metadata", "synonyms", "typos"):
    _with_step = configuration_scores[frozenset({"normalise", _step})]
    step_effects[_step] = {metric: _with_step[metric] - _normalised[metric] for metric in ("recall", "precision")}
### END SOLUTION
print(pd.DataFrame(step_effects).T.round(4))

# %% nbgrader={"grade_id": "step_effects_test", "grade": true, "points": 2}
assert isinstance(step_effects, dict) and set(step_effects) == {"normalise", "metadata", "synonyms", "typos"}, (
    "step_effects should have the keys normalise, metadata, synonyms and typos"
)
assert all(set(v) == {"recall", "precision"} for v in step_effects.values()), (
    "each value of step_effects should be a dict with the keys recall and precision"
)
### BEGIN HIDDEN TESTS
_base = _REF_SCORES[frozenset({"normalise"})]
_want = {"normalise": {m: _base[m] - _REF_SCORES[frozenset()][m] for m in ("recall", "precision")}}
for _step in ("metadata", "synonyms", "typos"):
    _want[_step] = {m: _REF_SCORES[frozenset({"normalise", _step})][m] - _base[m] for m in ("recall", "precision")}
for _step in _want:
    if abs(step_effects[_step]["recall"] + _want[_step]["recall"]) < 1e-9 and abs(_want[_step]["recall"]) > 1e-9:
        raise AssertionError(f"the {_step} effect has the wrong sign: report after minus before")
    for _metric in ("recall", "precision"):
        expect_close(step_effects[_step][_metric], _want[_step][_metric], abs_=1e-9,
                     what=f"step_effects[{_step!r}][{_metric!r}]")
### END HIDDEN TESTS

# %% [markdown]
# ## 13. Choosing what to ship
# *Maximise recall under a precision constraint*
#
# "Maximise recall" alone always picks the configuration that matches the most products,
# junk included; a launch needs a constraint on the other side. The rule agreed with the
# search team: among the configurations whose precision@10 is at most
# `MAX_PRECISION_DROP` below the **highest precision@10 of all the configurations
# compared**, ship the one with the highest recall@10. Measuring the drop against the
# best precision available (not against the baseline, which every fix beats easily) asks
# "how much precision are we giving up for this recall?". Ties need a rule too, and the
# natural one prefers the simpler system.
#
# **Question.** Complete `def choose_configuration(scores, max_precision_drop):`. `scores`
# maps configurations (frozensets) to dicts with at least `"recall"` and `"precision"`.
# Let `best` be the highest precision in `scores`; the eligible configurations are those
# with `precision >= best - max_precision_drop` (a drop of exactly the limit is allowed).
# Return the eligible configuration with the highest recall; break ties by the higher
# precision, then by the fewer steps, then by the alphabetically first `sorted(...)` list
# of step names.

# %% nbgrader={"grade_id": "choose_configuration", "solution": true}
def choose_configuration(scores, max_precision_drop):
    """The highest-recall configuration whose precision is within max_precision_drop of the best."""
    ### BEGIN SOLUTION
    best = max(s["precision"] for s in scores.values())
    eligible = [c for c, s in scores.items() if s["precision"] >= best - max_precision_drop]
    return min(eligible, key=lambda c: (-scores[c]["recall"], -scores[c]["precision"], len(c), sorted(c)))
    ### END SOLUTION


chosen = choose_configuration(configuration_scores, MAX_PRECISION_DROP)
print(sorted(chosen))

# %% nbgrader={"grade_id": "choose_configuration_test", "grade": true, "points": 2}
_a, _b, _c = frozenset({"x"}), frozenset({"x", "y"}), frozenset()
_toy = {
    _a: {"recall": 0.6, "precision": 0.30},
    _b: {"recall": 0.8, "precision": 0.20},
    _c: {"recall": 0.2, "precision": 0.10},
}
assert choose_configuration(_toy, 0.05) == _a, "with a 0.05 limit, {'x', 'y'} gives up too much precision"
assert choose_configuration(_toy, 0.5) == _b, "with a 0.5 limit every configuration is eligible"
### BEGIN HIDDEN TESTS
_toy = {_a: {"recall": 0.5, "precision": 0.5}, _b: {"recall": 0.75, "precision": 0.25}, _c: {"recall": 0.25, "precision": 0.125}}
assert choose_configuration(_toy, 0.25) == _b, "a precision drop of exactly the limit is allowed"
assert choose_configuration(_toy, 0.125) == _a, "the drop is measured from the best precision, not from the baseline"
_d, _e = frozenset({"p", "q"}), frozenset({"r"})
_tie = {_d: {"recall": 0.5, "precision": 0.25}, _e: {"recall": 0.5, "precision": 0.25}, _c: {"recall": 0.5, "precision": 0.125}}
assert choose_configuration(_tie, 1.0) == _e, "on equal recall and precision, the configuration with fewer steps wins"
_tie[frozenset({"a"})] = {"recall": 0.5, "precision": 0.25}
assert choose_configuration(_tie, 1.0) == frozenset({"a"}), "on a full tie, the alphabetically first list of steps wins"
_tie[_c] = {"recall": 0.5, "precision": 0.375}
assert choose_configuration(_tie, 1.0) == _c, "on equal recall, the higher precision wins"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "choose_configuration_test_2", "grade": true, "points": 1}
# Hidden: the choice on the notebook's real scores, and on 200 random score tables.
### BEGIN HIDDEN TESTS
def _ref_choose(scores, drop):
    best = max(s["precision"] for s in scores.values())
    ranked = sorted(scores, key=lambda c: (-scores[c]["recall"], -scores[c]["precision"], len(c), sorted(c)))
    return next(c for c in ranked if scores[c]["precision"] >= best - drop)


for _drop in (0.0, 0.005, MAX_PRECISION_DROP, 0.02, 0.05, 1.0):
    assert choose_configuration(_REF_SCORES, _drop) == _ref_choose(_REF_SCORES, _drop), (
        f"on this notebook's scores with max_precision_drop={_drop}, "
        f"choose_configuration picked {sorted(choose_configuration(_REF_SCORES, _drop))}"
    )
_rng = np.random.default_rng(73)
for _case in range(200):
    _table = {c: {"recall": float(_rng.integers(0, 6)) / 8, "precision": float(_rng.integers(0, 6)) / 16}
              for c in CONFIGURATIONS}
    _drop = float(_rng.integers(0, 4)) / 16
    assert choose_configuration(_table, _drop) == _ref_choose(_table, _drop), (
        f"choose_configuration is wrong on random score table #{_case} (limit {_drop})"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 14. Recall@k curves
# *Look at the whole first page, not one cut-off*
#
# Recall@10 is one point on a curve. Plotting mean recall@k for every `k` from 1 to 20
# shows where a fix helps: a curve lifted at small `k` puts the right products at the top;
# a curve lifted only at large `k` finds them but leaves them low on the page. The plot
# below compares production with the configuration you chose.
#
# **Question.** Complete `def recall_curve(results, qrels, max_k):` so that it returns a
# list of `max_k` floats whose entry `i` (counting from 0) is the mean `recall_at_k` at
# `k = i + 1` over the judged queries of `qrels` (queries with at least one relevant
# product). `results` maps each query id of `qrels` to a ranked list (possibly longer than
# `max_k`).

# %% nbgrader={"grade_id": "recall_curve", "solution": true}
def recall_curve(results, qrels, max_k):
    """[mean recall@1, mean recall@2, ..., mean recall@max_k] over the judged queries."""
    ### BEGIN SOLUTION
    judged = [qid for qid, relevant in qrels.items() if len(set(relevant)) > 0]
    return [sum(recall_at_k(results[q], qrels[q], k) for q in judged) / len(judged) for k in range(1, max_k + 1)]
    ### END SOLUTION


# %% nbgrader={"grade_id": "recall_curve_test", "grade": true, "points": 2}
_curve = recall_curve({"a": [1, 2, 3], "b": [9, 4], "c": []}, {"a": {2}, "b": {4, 5}, "c": set()}, 3)
assert len(_curve) == 3, "recall_curve(..., 3) should return three values"
expect_close(_curve, [0.0, 0.75, 0.75], what="recall_curve on the tiny example (a: 0, 1, 1; b: 0, 0.5, 0.5)")
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(74)
for _case in range(30):
    _qrels = {f"x{i}": {int(p) for p in _rng.integers(0, 30, size=_rng.integers(0, 6))} for i in range(8)}
    _qrels["x_sure"] = {3}
    _results = {q: [int(p) for p in _rng.permutation(30)[: _rng.integers(0, 25)]] for q in _qrels}
    _max_k = int(_rng.integers(1, 21))
    _judged = [q for q in _qrels if _qrels[q]]
    _want = [float(np.mean([len(_qrels[q] & set(_results[q][:k])) / len(_qrels[q]) for q in _judged]))
             for k in range(1, _max_k + 1)]
    expect_close(list(recall_curve(_results, _qrels, _max_k)), _want, what=f"recall_curve on random query set #{_case}")
_wide = _ref_run(_REF_EVAL, _ref_choose(_REF_SCORES, MAX_PRECISION_DROP), k=20)
_want = [_ref_evaluate(_wide, _REF_QRELS, k=k)["recall"] for k in range(1, 21)]
expect_close(list(recall_curve(_wide, _REF_QRELS, 20)), _want, what="recall_curve for the chosen configuration")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "recall_curve_plot"}
# Not graded: the curves for production and for your chosen configuration (20 results per query).
try:
    _ks = list(range(1, 21))
    plt.figure(figsize=(7, 4))
    for _config, _label in [(frozenset(), "production (baseline)"), (chosen, "chosen: " + " + ".join(sorted(chosen)))]:
        _curve = recall_curve(run_configuration(eval_queries, _config, k=20), eval_qrels, 20)
        plt.plot(_ks, _curve, marker="o", label=_label)
    plt.axvline(10, color="grey", linewidth=1, linestyle=":")
    plt.xlabel("k (results considered)")
    plt.ylabel("mean recall@k (evaluation queries)")
    plt.ylim(0, 1)
    plt.xticks(_ks)
    plt.legend()
    plt.title("Recall@k before and after")
    plt.show()
except (NameError, NotImplementedError):
    plt.close("all")
    print("Answer exercises 5 to 14 above to see the curves here.")

# %% [markdown]
# ## 15. What still fails, and why
# *Error analysis: bucket the failures, then size the buckets*
#
# The most useful slide after "recall went from x to y" is "here is what still fails, by
# cause, and how many queries each cause costs". It turns a list of annoyed shoppers into a
# road map: the biggest bucket with a cheap fix goes first. The causes are diagnosed from
# evidence, in a fixed order, by comparing what the shopper typed with what each missed
# product was indexed with:
#
# - a word that glues a number to a unit (`55in`, `750ml`) is a **unit** problem, whatever
#   else is wrong;
# - a word the index has never seen but that is close to one it has is a **typo** (close
#   meaning up to 2 edits: one edit was fixable, and two-edit typos such as swapped
#   letters are what remains);
# - a missed product that lacks a query word in its indexed text but has it in its
#   attributes is an **attribute** problem;
# - a missed product that lacks a query word anywhere describes itself with other words:
#   a **synonym** problem;
# - a missed product that contains every query word and still did not make the page lost
#   on **ranking**, which text fixes cannot cure (and which the ranker owners want to hear
#   about).
#
# **Question.** Complete `def failure_buckets(frame, results, indexed, products, k=10):`.
# `frame` has the columns `query_id`, `query` and `relevant`; `results` maps each query id
# to its ranked list; `indexed` maps each product id to the tokens it was indexed with (as
# `index_documents` returns them); `products` has the columns `product_id` and
# `attributes`. A query **fails** if it has at least one relevant product and at least one
# of them is not in the first `k` results. For a failing query, let `words` be
# `normalise(query)`, `vocabulary` the set of all tokens in `indexed`, and `missed` its
# relevant products that are not in the first `k` results. Its bucket is the first that
# applies:
#
# 1. `"unit"`: some word contains both a digit and a letter.
# 2. `"typo"`: some word is not in `vocabulary`, consists of letters only, has at least 4
#    characters, and is at Levenshtein distance at most 2 from some word of `vocabulary`.
# 3. `"attribute"`: for some missed product, some word is not among its indexed tokens but
#    is among the tokens of `normalise(" ".join(its attribute values))`.
# 4. `"synonym"`: for some missed product, some word is not among its indexed tokens.
# 5. `"ranking"`: otherwise.
#
# Return a dict with exactly these five keys, each mapped to the sorted list of the query
# ids in that bucket (an empty list for an empty bucket). Queries that do not fail appear
# nowhere.

# %% nbgrader={"grade_id": "failure_buckets", "solution": true}
def failure_buckets(frame, results, indexed, products, k=10):
    """{bucket: sorted query ids} for the queries that miss a relevant product in the top k."""
    ### BEGIN SOLUTION
    def distance(a, b):
        row = list(range(len(b) + 1))
        for i in range(1, len(a) + 1):
            diagonal, row[0] = row[0], i
            for j in range(1, len(b) + 1):
                diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1]))
        return row[-1]

    vocabulary = set()
    for tokens in indexed.values():
        vocabulary.update(tokens)
    in_attributes = {pid: set(normalise(" ".join(attrs.values())))
                     for pid, attrs in zip(products["product_id"], products["attributes"])}
    buckets = {"unit": [], "typo": [], "attribute": [], "synonym": [], "ranking": []}
    for query_id, text, relevant in zip(frame["query_id"], frame["query"], frame["relevant"]):
        missed = set(relevant) - set(results[query_id][:k])
        if not missed:
            continue
        words = normalise(text)
        lacking = [(pid, word) for pid in missed for word in words if word not in set(indexed[pid])]
        if any(any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in words):
            bucket = "unit"
        elif any(w not in vocabulary and w.isalpha() and len(w) >= 4
                 and any(abs(len(v) - len(w)) <= 2 and distance(w, v) <= 2 for v in vocabulary) for w in words):
            bucket = "typo"
        elif any(word in in_attributes[pid] for pid, word in lacking):
            bucket = "attribute"
        elif lacking:
            bucket = "synonym"
        else:
            bucket = "ranking"
        buckets[bucket].append(query_id)
    return {bucket: sorted(ids) for bucket, ids in buckets.items()}
    ### END SOLUTION


# %% nbgrader={"grade_id": "failure_buckets_test", "grade": true, "points": 2}
### BEGIN HIDDEN TESTS
def _ref_buckets(frame, results, indexed, products, k=10):
    vocabulary = set().union(*indexed.values())
    attrs = {p: set(_ref_normalise(" ".join(a.values()))) for p, a in zip(products["product_id"], products["attributes"])}
    out = {b: [] for b in ("unit", "typo", "attribute", "synonym", "ranking")}
    for qid, text, relevant in zip(frame["query_id"], frame["query"], frame["relevant"]):
        missed = set(relevant) - set(results[qid][:k])
        if not missed:
            continue
        words = _ref_normalise(text)
        if any(any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in words):
            out["unit"].append(qid)
        elif any(w not in vocabulary and w.isalpha() and len(w) >= 4 and min(_ref_levenshtein(w, v) for v in vocabulary) <= 2
                 for w in words):
            out["typo"].append(qid)
        elif any(w not in indexed[p] and w in attrs[p] for p in missed for w in words):
            out["attribute"].append(qid)
        elif any(w not in indexed[p] for p in missed for w in words):
            out["synonym"].append(qid)
        else:
            out["ranking"].append(qid)
    return {b: sorted(v) for b, v in out.items()}
### END HIDDEN TESTS
_products = pd.DataFrame({"product_id": [1, 2, 3], "attributes": [{"colour": "navy"}, {"colour": "red"}, {}]})
_indexed = {1: ["wool", "throw"], 2: ["red", "lamp"], 3: ["oak", "desk"]}
_frame = pd.DataFrame({"query_id": ["a", "b", "c", "d", "e"],
                       "query": ["navy throw", "red lamp", "lanpx", "55in lamp", "oak desk"],
                       "relevant": [(1,), (2,), (2,), (2,), ()]})
_results = {"a": [3], "b": [2], "c": [], "d": [], "e": []}
_got = failure_buckets(_frame, _results, _indexed, _products)
assert _got == {"unit": ["d"], "typo": ["c"], "attribute": ["a"], "synonym": [], "ranking": []}, (
    f"failure_buckets on the tiny example gave {_got!r}"
)
### BEGIN HIDDEN TESTS
_products = pd.DataFrame({"product_id": [1, 2, 3, 4],
                          "attributes": [{"colour": "navy", "material": "wool"}, {"colour": "red"}, {}, {"size": "55 inch"}]})
_indexed = {1: ["throw"], 2: ["red", "lamp"], 3: ["oak", "desk"], 4: ["tv", "4k"]}
_frame = pd.DataFrame({"query_id": ["r", "s", "t", "u", "v", "w", "x"],
                       "query": ["Red Lamps", "oak desk", "navy rug", "throww", "wool throws", "55in", "thrxxx"],
                       "relevant": [(2,), (3,), (1,), (1,), (1, 3), (4,), (1,)]})
_results = {"r": [3, 2], "s": [3], "t": [], "u": [], "v": [1], "w": [1, 2], "x": []}
_want = {"unit": ["w"], "typo": ["u"], "attribute": ["t"], "synonym": ["v", "x"], "ranking": ["r"]}
_got = failure_buckets(_frame, _results, _indexed, _products, k=1)
assert _got == _want, f"failure_buckets on a second small example (k=1) gave {_got!r}: check the rules and their order"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "failure_buckets_test_2", "grade": true, "points": 2}
# Hidden: the buckets of this notebook's queries under several configurations, against the
# reference rules and against the difficulty labels of the query set.
### BEGIN HIDDEN TESTS
_label_of = dict(zip(queries["query_id"], queries["difficulty"]))
_expected_label = {"unit": "unit", "typo": "typo", "attribute": "attribute", "synonym": "synonym", "ranking": "head"}
_chosen_ref = _ref_choose(_REF_SCORES, MAX_PRECISION_DROP)
for _steps in (_chosen_ref, frozenset({"normalise", "metadata", "synonyms", "typos"}), frozenset({"normalise"}),
               frozenset({"normalise", "typos"})):
    _results = _ref_run(_REF_EVAL, _steps)
    _indexed = _ref_documents(_steps)
    _want = _ref_buckets(_REF_EVAL, _results, _indexed, catalogue)
    _got = failure_buckets(_REF_EVAL, _results, _indexed, catalogue)
    assert isinstance(_got, dict) and set(_got) == set(_want), "failure_buckets should return a dict with the five bucket keys"
    for _bucket in _want:
        assert list(_got[_bucket]) == _want[_bucket], (
            f"under the configuration {sorted(_steps)}, the {_bucket!r} bucket holds {list(_got[_bucket])}"
        )
    if _steps in (_chosen_ref, frozenset({"normalise", "metadata", "synonyms", "typos"})):
        for _bucket, _ids in _got.items():
            for _qid in _ids:
                assert _label_of[_qid] == _expected_label[_bucket], (
                    f"query {_qid} lands in {_bucket!r}, which disagrees with the analyst's label"
                )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "failure_report"}
# Not graded: the remaining failures of your chosen configuration, bucket by bucket.
try:
    _remaining = failure_buckets(eval_queries, run_configuration(eval_queries, chosen),
                                 index_documents(chosen), catalogue)
    _text = dict(zip(queries["query_id"], queries["query"]))
    for _bucket, _ids in _remaining.items():
        print(f"{_bucket:>9} ({len(_ids)}): " + ", ".join(f"{q} {_text[q]!r}" for q in _ids))
except (NameError, NotImplementedError):
    print("Answer the exercises above to see the remaining failures here.")

# %% [markdown]
# ## Part E · The case answer
#
# ## 16. The plan, as structured data
# *Objective, metrics with guardrails, approach, trade-offs, next steps*
#
# In the room, the numbers above are the evidence; the answer is the frame around them.
# Clarify the objective (recall matters because a product that is never shown is never
# bought, and the constraint is that the ranker stays as it is). Name a primary success
# metric and say how it will be measured: offline recall@10 on judged, held-out queries is
# the development proxy, and an online A/B test decides the launch. Name guardrails, the
# metrics that must not get worse, because pushing recall has known failure modes: junk on
# the first page (precision@10 offline; online, shoppers leaving search without clicking,
# the **search exit rate**, or rewriting their query, the reformulation rate), searches
# that still return nothing (the **null-result rate**), and heavier queries (latency).
# Then the approach, the trade-offs you accepted, and what you would do next, guided by
# the error analysis.
#
# `METRICS` below is the vocabulary for the metric fields (online metrics are logged for
# every search; offline ones need relevance judgements).
#
# **Question.** Build `case_plan`, a dict with these keys:
#
# | key | content |
# |---|---|
# | `"objective"` | one or two sentences (at least 12 words) |
# | `"primary_metric"` | one name from `METRICS` |
# | `"secondary_metrics"` | a list of at least one name from `METRICS` |
# | `"guardrail_metrics"` | a list of at least two names from `METRICS`, including `"precision@10"` and at least one online guardrail (`"search_exit_rate"`, `"null_result_rate"`, `"reformulation_rate"` or `"p95_latency_ms"`); the primary metric is not also a guardrail |
# | `"configuration"` | the frozenset of steps you would ship, by the rule of exercise 13 |
# | `"offline_result"` | a dict with `"baseline_recall@10"`, `"recall@10"`, `"precision@10"` and `"null_result_rate"`: production's recall@10 and your configuration's three numbers, on the evaluation queries at `k = 10` (rounding to 3 decimals is fine) |
# | `"approach"` | how you would do it, in at least 40 words |
# | `"trade_offs"` | what the choice costs and risks, in at least 40 words, naming the precision cost |
# | `"next_steps"` | a list of at least two steps (at least 5 words each), at least one of them aimed at a bucket that still fails in exercise 15 (say which: unit, synonym or typo) |
#
# The checks test the structure, the metric names and the numbers against the data; the
# substance of your text is graded by a person with the rubric that follows.

# %% nbgrader={"grade_id": "metric_names", "locked": true}
METRICS = {
    "recall@10": "offline", "precision@10": "offline", "mrr@10": "offline",
    "search_conversion_rate": "online", "search_ctr": "online", "add_to_cart_rate": "online",
    "revenue_per_search": "online", "search_exit_rate": "online", "null_result_rate": "online",
    "reformulation_rate": "online", "p95_latency_ms": "online",
}

# %% nbgrader={"grade_id": "case_plan", "solution": true}
### BEGIN SOLUTION
_shipped = configuration_scores[chosen]
case_plan = {
    "objective": (
        "Show shoppers more of the products they are looking for, so that more searches end in a purchase, "
        "without changing the ranking algorithm: only the query and the indexed product text may change."
    ),
    "primary_metric": "search_conversion_rate",
    "secondary_metrics": ["recall@10", "mrr@10", "search_ctr"],
    "guardrail_metrics": ["precision@10", "search_exit_rate", "null_result_rate", "p95_latency_ms"],
    "configuration": chosen,
    "offline_result": {
        "baseline_recall@10": round(configuration_scores[frozenset()]["recall"], 3),
        "recall@10": round(_shipped["recall"], 3),
        "precision@10": round(_shipped["precision"], 3),
        "null_result_rate": round(_shipped["null_rate"], 3),
    },
    "approach": (
        "Build a judged, held-out query set that covers head and tail queries, measure production, then fix the "
        "text on both sides of the ranker: one normaliser for queries and titles (case, punctuation, plurals), "
        "attribute values appended to the indexed text, typo correction against the index vocabulary, and query-side "
        "synonym expansion. Score every combination with the same harness, pick by recall@10 under a precision "
        "limit, then confirm online with an A/B test on search traffic before a full launch."
    ),
    "trade_offs": (
        "The mined synonym table rescues tail phrasings but costs precision on broad head queries such as sofa and "
        "shirt, because related words with a higher idf push the right products down; under the agreed precision "
        "limit it does not ship as it is. Enrichment makes common colour words match more products, typo correction "
        "can turn a valid unknown word into a wrong one, and every extra token makes queries slightly slower. The "
        "choice was made on the same evaluation queries it is reported on, so the offline gain is a little optimistic."
    ),
    "next_steps": [
        "Write a unit normaliser that splits 55in into 55 inch and 750ml into 750 ml on both sides.",
        "Curate the synonym table: keep true synonyms such as couch and trainers, drop related-product pairs, add closet and skillet.",
        "Extend typo correction to swapped letters (Damerau distance) for words of six or more letters.",
        "Run the A/B test with search conversion as the primary metric and exit rate and latency as guardrails.",
    ],
}
### END SOLUTION

# %% nbgrader={"grade_id": "case_plan_test", "grade": true, "points": 2}
_keys = {"objective", "primary_metric", "secondary_metrics", "guardrail_metrics", "configuration",
         "offline_result", "approach", "trade_offs", "next_steps"}
assert isinstance(case_plan, dict), "case_plan should be a dict"
assert not _keys - set(case_plan), f"case_plan is missing the keys {sorted(_keys - set(case_plan))}"
assert case_plan["primary_metric"] in METRICS, "primary_metric should be one of the names in METRICS"
### BEGIN HIDDEN TESTS
def _words(value):
    return len(str(value).split()) if isinstance(value, str) else 0


assert _words(case_plan["objective"]) >= 12, "objective: say in at least 12 words what you are improving, for whom, and under which constraint"
_secondary, _guards = case_plan["secondary_metrics"], case_plan["guardrail_metrics"]
assert isinstance(_secondary, (list, tuple)) and len(_secondary) >= 1 and all(m in METRICS for m in _secondary), (
    "secondary_metrics should be a non-empty list of names from METRICS"
)
assert isinstance(_guards, (list, tuple)) and len(_guards) >= 2 and all(m in METRICS for m in _guards), (
    "guardrail_metrics should be a list of at least two names from METRICS"
)
assert "precision@10" in _guards, "guardrail_metrics should include precision@10: it is the constraint your choice was made under"
assert any(m in _guards for m in ("search_exit_rate", "null_result_rate", "reformulation_rate", "p95_latency_ms")), (
    "guardrail_metrics needs an online guardrail: offline metrics alone cannot tell you what shoppers did"
)
assert case_plan["primary_metric"] not in _guards, "the primary metric cannot also be a guardrail: say what you optimise and what you protect"
assert _words(case_plan["approach"]) >= 40, "approach: describe the steps, the evaluation and the launch in at least 40 words"
assert _words(case_plan["trade_offs"]) >= 40, "trade_offs: discuss what the choice costs in at least 40 words"
assert "precision" in case_plan["trade_offs"].lower(), "trade_offs should name the precision cost of pushing recall"
_steps = case_plan["next_steps"]
assert isinstance(_steps, (list, tuple)) and len(_steps) >= 2 and all(_words(s) >= 5 for s in _steps), (
    "next_steps should be a list of at least two concrete steps of at least 5 words each"
)
assert any(w in str(s).lower() for s in _steps for w in ("unit", "synonym", "typo")), (
    "next_steps should address a failure bucket that remains after your choice (unit, synonym or typo)"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "case_plan_test_2", "grade": true, "points": 2}
# Hidden: the configuration and the offline numbers are checked against the data.
### BEGIN HIDDEN TESTS
_ship = _ref_choose(_REF_SCORES, MAX_PRECISION_DROP)
assert frozenset(case_plan["configuration"]) == _ship, (
    f"case_plan['configuration'] ({sorted(case_plan['configuration'])}) is not what the rule of exercise 13 picks"
)
_result = case_plan["offline_result"]
assert isinstance(_result, dict), "offline_result should be a dict"
for _key, _value in (("baseline_recall@10", _REF_SCORES[frozenset()]["recall"]), ("recall@10", _REF_SCORES[_ship]["recall"]),
                     ("precision@10", _REF_SCORES[_ship]["precision"]), ("null_result_rate", _REF_SCORES[_ship]["null_rate"])):
    assert _key in _result, f"offline_result is missing {_key!r}"
    expect_close(_result[_key], _value, rel=0, abs_=0.0006,
                 what=f"offline_result[{_key!r}] (evaluation queries, k = 10)")
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade_id": "case_review_rubric", "task": true, "points": 4}
# ### Review by a person (4 points)
#
# A reviewer reads your `case_plan`, the choice you made in exercise 13 and the failures
# you found in exercise 15, and marks one point for each of the following.
#
# 1. **Objective and clarification.** The objective ties recall to a shopper and business
#    outcome, states the constraint (the ranker is fixed) and shows the questions you would
#    ask first: which traffic matters (head or tail queries), what counts as relevant and
#    who judges it, which markets or languages.
# 2. **Metrics.** Offline recall@10 on a held-out judged set is separated from the online
#    success metric that decides the launch, and each guardrail comes with the failure it
#    watches for (junk on the page, searches abandoned or rewritten, empty results, latency).
# 3. **Trade-offs from the evidence.** The text uses this notebook's numbers: what each step
#    bought and cost, why the synonym table as mined does not ship (its cost falls on head
#    queries), and why the choice rule compares against the best precision rather than the
#    baseline.
# 4. **Limitations and next steps.** The next steps follow the size of the remaining
#    failure buckets; the plan admits that the configuration was chosen on the queries it is
#    reported on, that fewer than 50 judged queries are few, and that an online A/B test is needed
#    before a full launch.

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week06/search_recall.ipynb`. The report lists every
#   exercise with its points, hidden checks included; the review by a person is listed
#   apart.
# - Fix the two biggest buckets of exercise 15 yourself: a unit normaliser for both sides
#   (`55in` -> `55 inch`), and a cleaned synonym table (drop `sofa` -> `armchair`,
#   `shirt` -> `t-shirt`, `mug` -> `glass` and `desk` -> `table`; add `closet`, `skillet`,
#   `drapes`). Rerun exercises 11 to 15 and see whether synonyms now clear the precision
#   limit. Then notice the catch: the words you just added came from the evaluation
#   queries, so those queries are no longer held out, and the next honest number needs
#   fresh ones.
# - Practise the spoken answer in five minutes: objective, metrics (primary, secondary,
#   guardrails), approach, the decision you made with its numbers, and what remains.
# - Rehearse the follow-ups interviewers like: how you would build the judged query set
#   (sampling head and tail, several judges, agreement), how long the A/B test must run
#   (week 5), and how click logs could mine a better synonym table without leaking into the
#   evaluation set.
