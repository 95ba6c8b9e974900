# %% [markdown]
# # Week 7 · Resume bullets that show impact
#
# Before anyone asks you a SQL question, someone reads your resume, usually in well under a
# minute. At a company that runs on metrics, recruiters and hiring managers skim each line
# for one thing: evidence that your work changed something, by how much, and at what size.
# Most first drafts do not give them that. They list duties ("Responsible for dashboards"),
# tools ("Used Python and SQL") or effort ("Worked on A/B tests"), and the reader has to
# guess whether anything came of it. This notebook drills the rewrite that fixes it, and
# builds a small toolkit that reviews a bullet the way a sceptical reader would: does it open
# with what you did, does it say what changed, in figures, does it show the scale, and does it
# fit on a line or two. Budget about two hours.
#
# **How to answer.** A locked cell below defines the rules as functions you can call while
# you write: `review_bullet(text)` returns a list of sentences about what to fix, and
# `show_review(...)` prints a report for one bullet, a list or a dict of them. Three answers are
# Python data (a dict of labels, a dict of rewrites and a resume plan): replace
# `raise NotImplementedError()` with the assignment the question shows. Three are functions:
# keep the `def` line and the docstring, and replace `raise NotImplementedError()` with your
# code. Run each answer cell, then the test cell under it.
#
# **A word on honesty.** The figures you invent in exercise 2 are practice material for
# bullets that are not yours. On your real resume, write only figures you can defend: in the
# interview, each of them invites "how did you measure that?", "compared to what?" and "what
# was your part?". A modest number you can explain beats a big one you cannot.
#
# **How grading works.** The visible test cells call the same checks you can call yourself,
# on your answer or on small examples. The real grade (`autograde check
# week07/resume_impact.ipynb`, see the end of the notebook) adds hidden checks: they test the
# same stated rules again with their own code (so editing the check cell changes nothing),
# compare your labels with a reference, and call your functions on hundreds of generated
# bullets whose figures are known by construction. A failed check says what is wrong with your
# answer, never what the expected answer is. Tests can only check form: the substance of your
# resume plan is graded by a person with the rubric after exercise 6 (4 points, which
# `autograde check` does not count).

# %% [markdown]
# ## What a strong bullet says
#
# A strong bullet answers four questions in one or two lines: **what did you do** (an action
# verb, first), **on what** (the thing you built, analysed or changed), **how big was it**
# (users, rows, stores, a team: the scope) and **what changed because of it** (the outcome,
# in figures). The method can come in too ("with survival analysis"), but only if it earns
# its words. Compare:
#
# - *Weak:* "Responsible for the returns dashboard." A duty: it says what you were supposed to
#   do, not what you did or whether it mattered.
# - *Strong:* "Rebuilt the returns dashboard for 40 category managers, cutting the weekly
#   returns review from 3 hours to 45 minutes." Verb, object, scope, outcome.
#
# **The classic traps**, each caught by one of the checks below:
#
# - *The duty or the tool.* "Responsible for", "Helped with", "Worked on", "Used": the reader
#   cannot tell what was yours. Open with the verb of your own action.
# - *Activity dressed up with big numbers.* "Analyzed 80M events" shows scale, which is good,
#   but not what changed. A count is not an outcome. Keep the count as the scope and add the
#   result: a percentage, money, a multiplier, points or time saved.
# - *Dates posing as figures.* "Launched in 2021" or "in Q3" has digits and no result.
# - *The passive voice.* "Dashboards were built" hides who built them.
# - *Buzzwords.* "Innovative", "data-driven", "significantly": claims with no evidence. With an
#   outcome figure next to them they are merely padding; without one they are empty.
# - *The paragraph.* Past about 30 words nobody reads to the end; under 10 there is no room for
#   scope and outcome together.
#
# If you truly cannot measure the outcome, show the scale ("across 9 marketplaces, 80M events a
# day") and say what the work enabled. But try hard first: most data-science work moved a
# metric, saved someone time or informed a decision whose size you can state.
#
# **The rules.** Each rule has a check function in the next cell. Every rule is stated
# exactly, because the hidden tests apply the same statement with their own code.
#
# | rule | check | a bullet passes when |
# |---|---|---|
# | Opener | `check_opener` | its first word is one of `STRONG_VERBS` (past-tense action verbs) and it does not start with one of `WEAK_OPENERS` ("Responsible for", "Helped", "Worked on", "Used"...), as whole words. Leading bullet marks (`-`, `*`, `•`, `–`, `—`) and spaces are ignored, letter case does not matter |
# | Outcome | `check_impact` | it contains at least one **outcome figure** (defined below): money, a percentage, points, a multiplier or a time |
# | Scope | `check_scope` | a **count** figure is followed, within the next 3 tokens, by one of `SCOPE_NOUNS` ("1,200 grocery SKUs", "2M subscribers", "40M+ user-item interactions"), or the text names a group of people as a whole word: team, org, organization, department, division, business unit, company-wide, org-wide, cross-functional, leadership, executive, VP (plurals too) |
# | Length | `check_length` | it has 10 to 30 words; a word is a whitespace-separated token with at least one letter or digit |
# | Voice | `check_voice` | there is no form of "to be" (am, is, are, was, were, be, been, being) followed by a past participle, with at most one word ending in -ly between them ("was built", "were quickly adopted"). A participle is a word of `IRREGULAR_PARTICIPLES`, or a word of four or more letters (hyphens allowed) ending in -ed or -en that is not in `NOT_PARTICIPLES` |
# | Buzzwords | `check_buzzwords` | it contains no word or phrase of `BUZZWORDS` (as whole words), unless it has an outcome figure to back it up |
#
# **Tokens and figures.** Split the text on whitespace, then strip `(`, `"`, `'` and `[` from the
# front of each token and `.`, `,`, `;`, `:`, `!`, `?`, `)`, `"`, `'` and `]` from its end
# (curly quotes too). A token is a **figure** when what remains has this form:
#
# 1. an optional `~` (about);
# 2. then either `$` followed by a number and an optional scale suffix (`k` or `K` for
#    thousand, `M` for million, `B` or `bn` for billion), or a number followed by an optional
#    suffix among `k`, `K`, `M`, `B`, `bn`, `%`, `x` and `X`;
# 3. then an optional `+` (more than).
#
# A **number** is ASCII digits, optionally with thousands commas (a group of one to three
# digits, then groups of exactly three: `1,200`, `2,000,000`), optionally with a decimal part
# (`2.5`). Nothing else may be glued to the token, so labels, dates, ranges and signs are
# not figures: `Q3`, `v2.1`, `4th`, `3D`, `p95`, `5m`, `200ms`, `03/2021`, `2021-03-15`,
# `10-15%`, `24/7`, `-12%`, `1,20`.
#
# **Years.** A token of exactly four digits from 1900 to 2099, with nothing else (no `~`, `$`,
# comma, decimal part, suffix or `+`), is a year, not a figure, unless the next token is a
# unit word: `thousand`, `million`, `billion`, `percent`, a point word or a time unit (both
# listed below). So "in 2021" has no figure, "2021 hours" has one, and you write "2,000
# users", not "2000 users".
#
# **Kinds of figure.** A figure is *plain* when it has no `$` and no suffix (`~` and `+` are
# allowed). It is **money** when it starts with `$`; a **percentage** when it ends with `%`,
# or when it is plain and the next token is `percent`; a **multiplier** when it ends with `x`
# or `X`; a **time** when it is plain and the next token is a time unit (`ms`, or one of
# `millisecond`, `second`, `sec`, `minute`, `min`, `hour`, `hr`, `day`, `week`, `month`,
# `quarter` and `year`, with or without a final `s`); **points** when it is plain and the next
# token is a point word (`pp`, `point`, `points`, `percentage` or `bps`: "up 0.8 pp", "3
# percentage points"); and a **count** otherwise. Letter case does not matter in the words
# that follow a figure. Money, percentages, multipliers, times and points are the **outcome
# figures**; counts show scale. One limit to know: the rule cannot tell "saved 6 hours a
# week" from "over 6 months". The length of a project is not an outcome, and a reader notices
# even when the check does not.
#
# The next cell holds the rules. Read it once; afterwards, call its functions whenever you
# want feedback. Besides the checks, `figures(text)`, `outcome_figures(text)`,
# `scope_markers(text)`, `passive_markers(text)`, `buzzwords_without_evidence(text)`,
# `starts_with_action_verb(text)`, `weak_opener(text)` and `word_count(text)` show what each
# rule sees.

# %% nbgrader={"grade_id": "bullet_checks", "locked": true}
# The rules of a strong bullet, as functions you can call while you write. Each check_*
# function takes one bullet (a str) and returns a list of problems, each a sentence saying
# what to fix; an empty list means the rule is met. review_bullet runs them all.
import re

# Openers. A bullet opens with its first word, once leading bullet marks and spaces are gone.
STRONG_VERBS = frozenset("""
    accelerated achieved added aligned analysed analyzed architected assessed audited authored
    automated benchmarked boosted built calculated calibrated captured championed cleaned
    coached compiled computed conceived conducted consolidated constructed converted
    coordinated created curated cut debugged decreased deduplicated defined delivered deployed
    designed detected developed devised diagnosed directed discovered doubled drove eliminated
    enabled engineered enhanced established estimated evaluated expanded expedited extended
    extracted fixed forecasted formulated found founded generated grew guided halved headed
    hired identified implemented improved increased influenced initiated instrumented
    integrated interpreted introduced invented investigated launched led lowered managed mapped
    maximised maximized measured mentored migrated minimised minimized modeled modelled
    modernised modernized monitored negotiated optimised optimized orchestrated organised
    organized overhauled owned partnered persuaded piloted pioneered planned predicted
    presented prevented prioritised prioritized productionised productionized proposed
    prototyped proved published quantified raised ran rebuilt reconciled recovered redesigned
    reduced refactored removed replaced resolved restructured retired revamped rewrote saved
    scaled scoped secured segmented shipped shortened simplified slashed solved spearheaded
    stabilised stabilized standardised standardized streamlined strengthened synthesised
    synthesized taught tested traced trained transformed translated tripled tuned uncovered
    unified upgraded validated visualised visualized won wrote
""".split())
WEAK_OPENERS = (
    "responsible for", "was responsible for", "in charge of", "tasked with", "duties included",
    "helped", "assisted", "worked on", "worked with", "worked in", "participated in",
    "was involved in", "involved in", "contributed to", "supported", "handled", "did", "tried",
    "attempted", "exposure to", "familiar with", "part of", "member of", "used", "utilized",
    "utilised", "leveraged",
)
BULLET_MARKS = " \t\r\n-*\u2022\u2013\u2014"   # spaces, -, *, •, – and — before a bullet
LEAD_PUNCT = "(\"'[\u201c\u2018"              # stripped from the front of every token
TRAIL_PUNCT = ".,;:!?)\"']\u201d\u2019"       # stripped from the end of every token

# Figures. A token (stripped of the punctuation above) is a figure when it has this form:
# optional ~, then $ + number + optional k/K/M/B/bn, or number + optional k/K/M/B/bn/%/x/X,
# then an optional +. A number is digits, with optional thousands commas and decimals.
FIGURE_TOKEN = re.compile(
    r"~?(?:\$(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?:k|K|M|B|bn)?"
    r"|(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?:k|K|M|B|bn|%|x|X)?)\+?"
)
YEAR_TOKEN = re.compile(r"(?:19|20)[0-9][0-9]")   # a bare year such as 2021 is a date, not a figure
SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
TIME_UNITS = frozenset("""
    ms millisecond milliseconds second seconds sec secs minute minutes min mins hour hours hr
    hrs day days week weeks month months quarter quarters year years
""".split())
POINT_WORDS = frozenset("pp point points percentage bps".split())  # percentage points
UNIT_WORDS = frozenset(SCALE_WORDS) | {"percent"} | TIME_UNITS | POINT_WORDS

# Scope: a count figure followed, within SCOPE_WINDOW tokens, by one of SCOPE_NOUNS
# ("12 product categories", "40M+ user-item interactions"), or a word naming a group of people.
SCOPE_WINDOW = 3
_SCOPE_PAIRS = """
    user users customer customers seller sellers buyer buyers shopper shoppers member members
    subscriber subscribers account accounts merchant merchants vendor vendors supplier suppliers
    partner partners advertiser advertisers driver drivers employee employees analyst analysts
    engineer engineers scientist scientists stakeholder stakeholders manager managers
    person people team teams row rows record records event events transaction transactions
    order orders session sessions query queries table tables dataset datasets feature features
    document documents image images review reviews interaction interactions click clicks
    impression impressions listing listings product products sku skus item items store stores
    warehouse warehouses market markets country countries region regions city cities site sites
    category categories brand brands campaign campaigns model models dashboard dashboards
    pipeline pipelines experiment experiments test tests report reports page pages service
    services metric metrics
"""
SCOPE_NOUNS = frozenset(_SCOPE_PAIRS.split())
ORG_WORDS = re.compile(
    r"\b(?:teams?|orgs?|organi[sz]ations?|departments?|divisions?|business units?"
    r"|company-wide|org-wide|cross-functional|leadership|executives?|vps?)\b"
)

# Voice: a form of "to be", an optional adverb ending in -ly, then a past participle.
BE_FORMS = frozenset("am is are was were be been being".split())
IRREGULAR_PARTICIPLES = frozenset("""
    built made done led run set sent taken given shown written chosen known seen found held kept
    sold bought brought taught told won put cut spent paid read left lost met drawn driven grown
    begun broken frozen hidden spoken understood
""".split())
NOT_PARTICIPLES = frozenset("""
    often open even seven eleven been need seed speed feed indeed green between screen token
    kitchen children citizen dozen garden golden wooden listen happen women oxygen hyphen
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen
""".split())

# Buzzwords: flagged only when the bullet has no outcome figure to back them up.
BUZZWORDS = (
    "synergy", "synergies", "leverage", "leveraged", "leveraging", "data-driven",
    "results-driven", "results-oriented", "detail-oriented", "team player", "self-starter",
    "go-getter", "hard-working", "hardworking", "passionate", "dynamic", "innovative",
    "cutting-edge", "state-of-the-art", "best-in-class", "world-class", "next-generation",
    "game-changing", "game-changer", "disruptive", "seamless", "seamlessly", "robust",
    "impactful", "significant", "significantly", "substantial", "substantially",
    "dramatically", "massively", "various", "numerous", "strategic", "thought leader",
    "value-add", "holistic", "actionable",
)
MIN_WORDS, MAX_WORDS = 10, 30
WORD_TOKEN = re.compile(r"\S*[^\W_]\S*")  # a whitespace-separated token with a letter or digit

assert not STRONG_VERBS & {opener.split()[0] for opener in WEAK_OPENERS}


def word_count(text):
    """Words in a text: whitespace-separated tokens with at least one letter or digit."""
    return len(WORD_TOKEN.findall(text))


def bullet_tokens(text):
    """The whitespace-separated tokens of a text, stripped of LEAD_PUNCT and TRAIL_PUNCT."""
    return [token.lstrip(LEAD_PUNCT).rstrip(TRAIL_PUNCT) for token in text.split()]


def opening_word(text):
    """The first word, lower-cased, after bullet marks and punctuation ('' if none)."""
    tokens = bullet_tokens(text.lstrip(BULLET_MARKS))
    return tokens[0].lower() if tokens else ""


def starts_with_action_verb(text):
    """True when the opening word is one of STRONG_VERBS."""
    return opening_word(text) in STRONG_VERBS


def weak_opener(text):
    """The longest of WEAK_OPENERS the bullet starts with (as whole words), or None."""
    start = " ".join(text.lstrip(BULLET_MARKS).split()).lower()
    found = [p for p in WEAK_OPENERS if re.match(re.escape(p) + r"(?![\w-])", start)]
    return max(found, key=len) if found else None


def _figure_records(text):
    """(token index, as written, kind) per figure; kind: $, %, x, time, points or count."""
    tokens = bullet_tokens(text)
    records = []
    for i, token in enumerate(tokens):
        if not FIGURE_TOKEN.fullmatch(token):
            continue
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if YEAR_TOKEN.fullmatch(token) and after not in UNIT_WORDS:
            continue  # a bare year such as 2021 is a date, not a figure
        core = token.strip("~+")
        money = core.startswith("$")
        bare = core[-1].isdigit()  # no k/K/M/B/bn/%/x suffix
        if money:
            kind = "$"
        elif core.endswith("%") or (bare and after == "percent"):
            kind = "%"
        elif core.endswith(("x", "X")):
            kind = "x"
        elif bare and after in TIME_UNITS:
            kind = "time"
        elif bare and after in POINT_WORDS:
            kind = "points"
        else:
            kind = "count"
        glued_word = bare and (after in SCALE_WORDS or (not money and after in UNIT_WORDS))
        written = f"{token} {tokens[i + 1]}" if glued_word else token
        records.append((i, written, kind))
    return records


def figures(text):
    """Every figure of the text as written ('35%', '$1.2M', '12 hours', '2,000'), no years."""
    return [written for _, written, _ in _figure_records(text)]


def outcome_figures(text):
    """The figures that measure an outcome: money, percentages, points, multipliers and times."""
    return [written for _, written, kind in _figure_records(text) if kind != "count"]


def scope_markers(text):
    """What shows the scope: 'count ... noun' spans, then the words naming a group of people."""
    tokens = bullet_tokens(text)
    markers = []
    for i, _, kind in _figure_records(text):
        if kind != "count":
            continue
        for j in range(i + 1, min(i + 1 + SCOPE_WINDOW, len(tokens))):
            if tokens[j].lower() in SCOPE_NOUNS:
                markers.append(" ".join(tokens[i:j + 1]))
                break
    markers += [match.group(0) for match in ORG_WORDS.finditer(text.lower())]
    return markers


def has_scope(text):
    """True when scope_markers finds at least one marker."""
    return bool(scope_markers(text))


def _is_participle(word):
    if word in IRREGULAR_PARTICIPLES:
        return True
    return (len(word) > 3 and word.endswith(("ed", "en")) and word not in NOT_PARTICIPLES
            and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word) is not None)


def passive_markers(text):
    """Passive constructions such as 'was built' or 'were quickly adopted'."""
    words = [token.lower() for token in bullet_tokens(text)]
    markers = []
    for i, word in enumerate(words):
        if word not in BE_FORMS:
            continue
        j = i + 1
        if j < len(words) and len(words[j]) > 2 and words[j].endswith("ly"):
            j += 1
        if j < len(words) and _is_participle(words[j]):
            markers.append(" ".join(words[i:j + 1]))
    return markers


def buzzwords_without_evidence(text):
    """The BUZZWORDS in a bullet with no outcome figure, each once, in order of appearance."""
    if outcome_figures(text):
        return []
    lower = " ".join(text.lower().split())
    found = []
    for word in BUZZWORDS:
        match = re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", lower)
        if match:
            found.append((match.start(), word))
    return [word for _, word in sorted(found)]


def check_opener(text):
    """The bullet opens with one of STRONG_VERBS and not with one of WEAK_OPENERS."""
    weak = weak_opener(text)
    if weak:
        return [f"it opens with the weak phrase {weak!r}, which names a duty, a tool or a role "
                "next to the work instead of what you did: open with the verb of your own action, "
                "such as 'Built', 'Reduced', 'Launched' or 'Led' (see STRONG_VERBS)"]
    if not starts_with_action_verb(text):
        word = opening_word(text)
        shown = f"opens with {word!r}" if word else "is empty"
        return [f"it {shown}, which is not one of STRONG_VERBS: start with a past-tense action "
                "verb, and leave out 'I' and the subject"]
    return []


def check_impact(text):
    """At least one outcome figure: money, a percentage, points, a multiplier or a time."""
    found = figures(text)
    if not found:
        return ["it has no figure: say what changed, in digits: a percentage (conversion up "
                "2.1%), points (margin up 0.8 pp), money ($1.2M a year), a multiplier (3x "
                "faster) or a time (from 2 days to 3 hours); years and labels such as Q3 or v2 "
                "do not count"]
    if not outcome_figures(text):
        return [f"its figures ({', '.join(found)}) show the size of the work, not what changed: "
                "add the outcome as a percentage, points, money, a multiplier or a time"]
    return []


def check_scope(text):
    """A count followed by what it counts (users, rows, stores...), or a named group of people."""
    if has_scope(text):
        return []
    return ["it shows no scope: say how big the work was or whom it served, with a count "
            f"followed within {SCOPE_WINDOW} words by one of SCOPE_NOUNS ('2M subscribers', "
            "'1,200 grocery SKUs') or a group such as 'the marketing team'"]


def check_length(text):
    """From MIN_WORDS to MAX_WORDS words."""
    n = word_count(text)
    if n < MIN_WORDS:
        return [f"it has {n} words, too few to say what you did, how big it was and what "
                f"changed; use {MIN_WORDS} to {MAX_WORDS}"]
    if n > MAX_WORDS:
        return [f"it has {n} words, more than a recruiter reads in a skim; cut it to "
                f"{MAX_WORDS} or fewer: keep the verb, the scope and the outcome, drop the tools "
                "list and the backstory"]
    return []


def check_voice(text):
    """No passive construction (a form of 'to be' + past participle)."""
    found = passive_markers(text)
    if not found:
        return []
    return [f"it uses the passive voice ({', '.join(repr(m) for m in found)}), which hides who "
            "did the work: make yourself the subject and open with the verb"]


def check_buzzwords(text):
    """No buzzword unless an outcome figure backs it up."""
    found = buzzwords_without_evidence(text)
    if not found:
        return []
    return [f"it claims {', '.join(repr(w) for w in found)} with no outcome figure to back it "
            "up: replace the claim with the evidence (a %, $, points, x or time)"]


BULLET_CHECKS = (check_opener, check_impact, check_scope, check_length, check_voice,
                 check_buzzwords)


def review_bullet(text):
    """Every problem found in one bullet, as a list of sentences ([] means all rules are met)."""
    if not isinstance(text, str):
        return [f"a bullet must be a str, not a {type(text).__name__}"]
    return [problem for check in BULLET_CHECKS for problem in check(text)]


def problems_in(bullets, check=review_bullet):
    """One check applied to every bullet of a dict (or list), each problem labelled."""
    if isinstance(bullets, dict):
        items = list(bullets.items())
    elif isinstance(bullets, (list, tuple)):
        items = list(enumerate(bullets, start=1))
    else:
        return [f"expected a dict or a list of bullets, not a {type(bullets).__name__}"]
    problems = []
    for label, text in items:
        if not isinstance(text, str):
            problems.append(f"{label}: a bullet must be a str, not a {type(text).__name__}")
        else:
            problems += [f"{label}: {problem}" for problem in check(text)]
    return problems


def keeps_topic(weak_id, text):
    """True when the text contains one of TOPIC_TERMS[weak_id] (case-insensitive substring)."""
    lower = text.lower()
    return any(term.lower() in lower for term in TOPIC_TERMS[weak_id])


def review_rewrites(rewrites):
    """Every problem in a REWRITES dict: its keys, then each rewrite's rules and topic."""
    if not isinstance(rewrites, dict):
        return ["REWRITES should be a dict {weak_id: new bullet}, "
                f"not a {type(rewrites).__name__}"]
    problems = []
    missing = [key for key in WEAK_BULLETS if key not in rewrites]
    extra = [key for key in rewrites if key not in WEAK_BULLETS]
    if missing:
        problems.append(f"no rewrite yet for {', '.join(map(repr, missing))}")
    if extra:
        problems.append(f"{', '.join(map(repr, extra))} are not ids of WEAK_BULLETS")
    seen = {}
    for key, text in rewrites.items():
        if key not in WEAK_BULLETS:
            continue
        if not isinstance(text, str):
            problems.append(f"{key}: a rewrite must be a str, not a {type(text).__name__}")
            continue
        norm = " ".join(text.split()).casefold()
        if norm == " ".join(WEAK_BULLETS[key].split()).casefold():
            problems.append(f"{key}: this is the weak bullet itself; rewrite it")
        if norm in seen:
            problems.append(f"{key}: the same text as the rewrite of {seen[norm]}")
        seen.setdefault(norm, key)
        problems += [f"{key}: {problem}" for problem in review_bullet(text)]
        if not keeps_topic(key, text):
            problems.append(f"{key}: it drifted off the original topic: keep at least one of "
                            f"its key terms {TOPIC_TERMS[key]} (a term also matches inside a "
                            "longer word)")
    return problems


def explain(problems, limit=6):
    """The first `limit` problems as a bulleted text, then how many more there are."""
    shown = "\n".join(f"- {problem}" for problem in problems[:limit])
    if len(problems) > limit:
        shown += f"\n... and {len(problems) - limit} more: call show_review(...) for all of them"
    return shown


def show_review(bullets):
    """Print each bullet (a str, a list or a dict of them) with its figures, scope and problems."""
    if isinstance(bullets, str):
        bullets = [bullets]
    items = bullets.items() if isinstance(bullets, dict) else enumerate(bullets, start=1)
    for label, text in items:
        print(f"[{label}] {text}")
        if not isinstance(text, str):
            print(f"    not a str: {type(text).__name__}\n")
            continue
        print(f"    words: {word_count(text)}   figures: {figures(text) or 'none'}   "
              f"outcome: {outcome_figures(text) or 'none'}   "
              f"scope: {scope_markers(text) or 'none'}")
        problems = review_bullet(text)
        for problem in problems:
            print(f"    - {problem}")
        print("    all rules met\n" if not problems else "")

# %% [markdown]
# The material for the exercises: ten weak bullets to rewrite, with the key terms that mark
# each one's topic, and twelve bullets to sort into impact and activity.

# %% nbgrader={"grade_id": "resume_impact_data", "locked": true}
# Ten weak bullets from first drafts of data-science resumes (exercise 2).
WEAK_BULLETS = {
    "w1": "Responsible for building dashboards for the marketing team.",
    "w2": "Helped with the demand forecasting model.",
    "w3": "Worked on A/B tests for the checkout page.",
    "w4": "Did analysis of customer churn.",
    "w5": "Was involved in cleaning data for the data warehouse.",
    "w6": "Built a recommendation model.",
    "w7": "Assisted in automating weekly reports.",
    "w8": "Participated in a fraud detection project.",
    "w9": "Responsible for pricing analysis.",
    "w10": "Leveraged machine learning to improve search results.",
}
# The topic of each weak bullet: a rewrite keeps the topic when it contains at least one of
# these terms, as a case-insensitive substring ("forecast" also matches "forecasting", and
# the stem "automat" matches "automated", "automating" and "automation").
TOPIC_TERMS = {
    "w1": ["dashboard"],
    "w2": ["forecast", "demand"],
    "w3": ["a/b", "experiment", "checkout"],
    "w4": ["churn", "retention", "attrition", "cancel"],
    "w5": ["data quality", "data-quality", "warehouse", "clean"],
    "w6": ["recommend"],
    "w7": ["report", "automat"],
    "w8": ["fraud"],
    "w9": ["pric"],
    "w10": ["search", "ranking", "relevance", "quer"],
}

# Twelve bullets to label "impact" or "activity" (exercise 1).
CLASSIFY_BULLETS = {
    "b1": "Analyzed 80M clickstream events across 9 marketplaces with SQL and Spark.",
    "b2": "Cut the nightly ETL runtime from 6 hours to 40 minutes, so store managers get sales "
          "reports before opening.",
    "b3": "Built 14 Tableau dashboards for the operations team.",
    "b4": "Persuaded leadership to cancel a $3M loyalty campaign after a holdout test showed no "
          "incremental sales.",
    "b5": "Ran more than 30 A/B tests on the search results page in 2022.",
    "b6": "Raised the fraud model's recall from 61% to 78% at the same review workload, "
          "preventing $1.4M of losses a year.",
    "b7": "Presented quarterly churn analyses to the VP of Retail and her staff.",
    "b8": "Grew the weekly users of the self-serve metrics portal from 50 to 400 analysts in one "
          "quarter.",
    "b9": "Trained gradient boosting, random forest and neural network models on 3 years of sales "
          "data.",
    "b10": "Halved the turnaround of seller data requests, from 4 days to 2, by publishing a "
           "metrics catalogue.",
    "b11": "Migrated 200 SQL reports from Redshift to Snowflake over 6 months.",
    "b12": "Reduced customer contacts about late deliveries by 15% by flagging at-risk orders 2 "
           "days early.",
}

# %% [markdown]
# Scratch space, not graded: see what the checks say about the weak bullets. Try
# `review_bullet("...")` on a bullet of your own, or `figures("...")` to see which tokens
# count as figures.

# %%
show_review(WEAK_BULLETS)

# %% [markdown]
# ## 1. Impact or activity?
# *Telling an outcome from an account of effort*
#
# Before rewriting anything, train your eye. An **impact** bullet says what changed because of
# the work: a metric moved against a baseline ("from 61% to 78%", "by 15%"), money was saved
# or earned, time was saved, or a decision was taken or avoided. An **activity** bullet says
# what was done, or how much of it, and stops there, however large its numbers are. The
# traps run both ways. Big numbers feel like impact ("80M events", "14 dashboards", "30
# tests"), but they measure effort and scale, and a date ("in 2022") or the length of a
# project ("over 6 months") measures nothing at all. And impact does not need a percent sign:
# "from 6 hours to 40 minutes", "from 50 to 400 users" and "cancel a $3M campaign" are all
# outcomes. The test is not "is there a number?" but "does it say what is different now?".
#
# **Question.** Assign a dict `IMPACT_OR_ACTIVITY` that maps every id of `CLASSIFY_BULLETS`
# (`"b1"` to `"b12"`) to `"impact"` or `"activity"` (lower case), following the definition
# above. Decide each one by reading it: the check functions do not make this call for you.
#
# ```python
# IMPACT_OR_ACTIVITY = {"b1": "...", "b2": "...", ..., "b12": "..."}
# ```

# %% nbgrader={"grade_id": "impact_or_activity", "solution": true}
### BEGIN SOLUTION
IMPACT_OR_ACTIVITY = {
    "b1": "activity",
    "b2": "impact",
    "b3": "activity",
    "b4": "impact",
    "b5": "activity",
    "b6": "impact",
    "b7": "activity",
    "b8": "impact",
    "b9": "activity",
    "b10": "impact",
    "b11": "activity",
    "b12": "impact",
}
### END SOLUTION

# %% nbgrader={"grade_id": "impact_or_activity_test", "grade": true, "points": 1}
# The outcomes: every bullet that says what changed is labelled "impact".
assert isinstance(IMPACT_OR_ACTIVITY, dict), "IMPACT_OR_ACTIVITY should be a dict {id: label}"
_missing = [key for key in CLASSIFY_BULLETS if key not in IMPACT_OR_ACTIVITY]
assert not _missing, f"no label yet for {_missing}"
_extra = [key for key in IMPACT_OR_ACTIVITY if key not in CLASSIFY_BULLETS]
assert not _extra, f"{_extra} are not ids of CLASSIFY_BULLETS"
_odd = {key: label for key, label in IMPACT_OR_ACTIVITY.items()
        if label not in ("impact", "activity")}
assert not _odd, f"every label should be 'impact' or 'activity' (lower case); these are not: {_odd}"
### BEGIN HIDDEN TESTS
_REFERENCE = {"b2", "b4", "b6", "b8", "b10", "b12"}  # the bullets that state an outcome
_missed = [key for key in _REFERENCE if IMPACT_OR_ACTIVITY.get(key) != "impact"]
assert not _missed, (
    f"{len(_missed)} bullet(s) that state an outcome are labelled 'activity': a shorter "
    "runtime, a decision avoided or a growth in users is a result even without a percent sign"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "impact_or_activity_test_2", "grade": true, "points": 2}
# The effort: no bullet that only describes the work is labelled "impact".
assert isinstance(IMPACT_OR_ACTIVITY, dict), "IMPACT_OR_ACTIVITY should be a dict {id: label}"
assert set(IMPACT_OR_ACTIVITY) == set(CLASSIFY_BULLETS), (
    "IMPACT_OR_ACTIVITY should have exactly the ids of CLASSIFY_BULLETS as keys"
)
### BEGIN HIDDEN TESTS
_REFERENCE = {"b1", "b3", "b5", "b7", "b9", "b11"}  # the bullets that only describe the work
_inflated = [key for key in _REFERENCE if IMPACT_OR_ACTIVITY.get(key) != "activity"]
assert not _inflated, (
    f"{len(_inflated)} bullet(s) that only describe the work are labelled 'impact': a count "
    "of things done, a data size, a year or a project's duration says how much you did, not "
    "what changed"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 2. Rewrite ten weak bullets
# *Verb, scope, outcome, length, topic*
#
# Rewrite each bullet of `WEAK_BULLETS` into a strong one. You do not know the real story
# behind them, so invent a plausible one: a realistic scope for the kind of company a data
# scientist might work at, and outcomes of a believable size (a 0.5 to 5% lift in conversion
# is a big deal at scale; "improved revenue by 300%" makes a reader stop trusting the whole
# page). A recipe that works for most bullets:
#
# > *[verb] [what you did] for/across [scope], [outcome verb] [metric] by/from [figure]*
#
# for instance "Rebuilt the returns dashboard for 40 category managers, cutting the weekly
# review from 3 hours to 45 minutes". Vary it: ten bullets in the same mould read like a form.
# Two more traps. **Keep the topic**: a rewrite is the same achievement told better, not a
# different, more impressive one, so each rewrite must keep at least one of its key terms from
# `TOPIC_TERMS` (matched as a case-insensitive substring). And **keep the ids straight**: the
# rewrite of `"w3"` is about the A/B tests on the checkout page.
#
# **Question.** Assign a dict `REWRITES` with exactly the ten ids of `WEAK_BULLETS` as keys and
# your rewritten bullet (a str) as each value. Every rewrite must pass all six rules of the
# check cell (`review_bullet` returns `[]`) and keep its topic; the ten rewrites must be
# different from each other and from the weak originals. Run `review_rewrites(REWRITES)` for
# every remaining problem, or `show_review(REWRITES)` for a full report.
#
# ```python
# REWRITES = {
#     "w1": "...",
#     ...
#     "w10": "...",
# }
# ```
#
# Six test cells grade it, one per rule: the set of ids (1 point), the opener (2), an outcome
# figure (2), the scope (1), the length and the voice (1) and the topic (1).

# %% nbgrader={"grade_id": "rewrites", "solution": true}
### BEGIN SOLUTION
REWRITES = {
    "w1": "Built 6 self-serve Tableau dashboards for the 40-person marketing team, cutting ad-hoc "
          "data requests by 70% and saving analysts 12 hours a week.",
    "w2": "Rebuilt the weekly demand forecast for 1,200 grocery SKUs with LightGBM, cutting "
          "forecast error by 14% and holding $1.7M less safety stock a year.",
    "w3": "Designed and analyzed 14 A/B tests on the checkout page across 3 markets, shipping 4 "
          "winners that lifted conversion by 2.1% ($4.5M in annual revenue).",
    "w4": "Traced a 9-point rise in monthly churn to a billing-retry change with survival "
          "analysis of 2M subscribers; the fix won back 11% of at-risk accounts.",
    "w5": "Automated data-quality checks on 350 warehouse tables, catching 95% of broken loads "
          "before they reached reports and cutting fix time from 2 days to 3 hours.",
    "w6": "Launched an item-to-item recommender for the homepage trained on 25M+ browsing "
          "sessions, raising click-through from 1.8% to 2.6% and adding $650K a quarter.",
    "w7": "Automated 9 weekly finance reports with Python and Airflow, saving the finance team "
          "20 hours a week and ending 3 recurring spreadsheet errors.",
    "w8": "Developed a real-time fraud model scoring 5M card transactions a day, blocking $3.1M "
          "of fraudulent orders a year at a 0.4% false-positive rate.",
    "w9": "Optimized markdown pricing for 8,000 apparel products with price-elasticity models, "
          "raising gross margin by 3.2 points ($6M a year) without losing unit sales.",
    "w10": "Improved product search ranking with a learning-to-rank model trained on 120M "
           "queries, lifting search conversion by 6% and cutting zero-result searches by 40%.",
}
### END SOLUTION

# %% nbgrader={"grade_id": "rewrites_test", "grade": true, "points": 1}
# The ids: one different rewrite for each weak bullet.
assert isinstance(REWRITES, dict), "REWRITES should be a dict {weak_id: new bullet}"
_missing = [key for key in WEAK_BULLETS if key not in REWRITES]
assert not _missing, f"no rewrite yet for {_missing}"
_extra = [key for key in REWRITES if key not in WEAK_BULLETS]
assert not _extra, f"{_extra} are not ids of WEAK_BULLETS"
_not_text = [key for key, text in REWRITES.items() if not isinstance(text, str)]
assert not _not_text, f"every rewrite should be a str; these are not: {_not_text}"
### BEGIN HIDDEN TESTS
def _norm(text):
    return " ".join(text.split()).casefold()


for _key, _text in REWRITES.items():
    assert _norm(_text) != _norm(WEAK_BULLETS[_key]), (
        f"{_key}: this is the weak bullet itself, not a rewrite"
    )
    assert _text.strip(), f"{_key}: the rewrite is empty"
_texts = [_norm(_text) for _text in REWRITES.values()]
assert len(set(_texts)) == len(_texts), (
    "two ids share the same rewrite: each weak bullet needs its own"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "rewrites_test_2", "grade": true, "points": 2}
# The opener: a strong action verb first, no weak opener.
assert isinstance(REWRITES, dict) and set(REWRITES) == set(WEAK_BULLETS), (
    "REWRITES should be a dict with exactly the ids of WEAK_BULLETS (see the first test)"
)
_found = problems_in(REWRITES, check_opener)
assert not _found, "Some rewrites do not open with what you did:\n" + explain(_found)
### BEGIN HIDDEN TESTS
import re as _re

_LEAD, _TRAIL = "(\"'[\u201c\u2018", ".,;:!?)\"']\u201d\u2019"
_MARKS = " \t\r\n-*\u2022\u2013\u2014"
_STRONG = set("""
accelerated achieved added aligned analysed analyzed architected assessed audited authored
automated benchmarked boosted built calculated calibrated captured championed cleaned coached
compiled computed conceived conducted consolidated constructed converted coordinated created
curated cut debugged decreased deduplicated defined delivered deployed designed detected developed
devised diagnosed directed discovered doubled drove eliminated enabled engineered enhanced
established estimated evaluated expanded expedited extended extracted fixed forecasted formulated
found founded generated grew guided halved headed hired identified implemented improved increased
influenced initiated instrumented integrated interpreted introduced invented investigated launched
led lowered managed mapped maximised maximized measured mentored migrated minimised minimized
modeled modelled modernised modernized monitored negotiated optimised optimized orchestrated
organised organized overhauled owned partnered persuaded piloted pioneered planned predicted
presented prevented prioritised prioritized productionised productionized proposed prototyped
proved published quantified raised ran rebuilt reconciled recovered redesigned reduced refactored
removed replaced resolved restructured retired revamped rewrote saved scaled scoped secured
segmented shipped shortened simplified slashed solved spearheaded stabilised stabilized
standardised standardized streamlined strengthened synthesised synthesized taught tested traced
trained transformed translated tripled tuned uncovered unified upgraded validated visualised
visualized won wrote
""".split())
_WEAK = ["responsible for", "was responsible for", "in charge of", "tasked with", "duties included",
         "helped", "assisted", "worked on", "worked with", "worked in", "participated in",
         "was involved in", "involved in", "contributed to", "supported", "handled", "did", "tried",
         "attempted", "exposure to", "familiar with", "part of", "member of", "used", "utilized",
         "utilised", "leveraged"]


def _toks(text):
    out = []
    for raw in text.split():
        a, b = 0, len(raw)
        while a < b and raw[a] in _LEAD:
            a += 1
        while b > a and raw[b - 1] in _TRAIL:
            b -= 1
        out.append(raw[a:b])
    return out


def _opens_strong(text):
    toks = _toks(text.lstrip(_MARKS))
    return bool(toks) and toks[0].lower() in _STRONG


def _opens_weak(text):
    words = text.lstrip(_MARKS).lower().split()
    for phrase in _WEAK:
        n = len(phrase.split())
        head = words[:n]
        if len(head) == n and head[:-1] == phrase.split()[:-1]:
            last = head[-1]
            target = phrase.split()[-1]
            rest = last[len(target):]
            if last.startswith(target) and not (rest[:1].isalnum() or rest[:1] in ("-", "_")):
                return True
    return False


for _key in [f"w{_i}" for _i in range(1, 11)]:
    _text = REWRITES.get(_key)
    assert isinstance(_text, str), f"{_key}: no rewrite"
    assert not _opens_weak(_text), (
        f"{_key}: the rewrite still opens with a weak phrase (a duty, a tool or 'helped')"
    )
    assert _opens_strong(_text), (
        f"{_key}: the rewrite does not open with one of the strong action verbs"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "rewrites_test_3", "grade": true, "points": 2}
# The outcome: a percentage, money, points, a multiplier or a time in each rewrite.
assert isinstance(REWRITES, dict) and set(REWRITES) == set(WEAK_BULLETS), (
    "REWRITES should be a dict with exactly the ids of WEAK_BULLETS (see the first test)"
)
_found = problems_in(REWRITES, check_impact)
assert not _found, "Some rewrites do not say what changed:\n" + explain(_found)
### BEGIN HIDDEN TESTS
import re as _re

_LEAD, _TRAIL = "(\"'[\u201c\u2018", ".,;:!?)\"']\u201d\u2019"
_MARKS = " \t\r\n-*\u2022\u2013\u2014"
_DIGITS = set("0123456789")
_MULT = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_TIME = set("ms millisecond milliseconds second seconds sec secs minute minutes min mins hour "
            "hours hr hrs day days week weeks month months quarter quarters year years".split())
_POINTS = {"pp", "point", "points", "percentage", "bps"}
_UNITS = set(_MULT) | {"percent"} | _TIME | _POINTS


def _toks(text):
    out = []
    for raw in text.split():
        a, b = 0, len(raw)
        while a < b and raw[a] in _LEAD:
            a += 1
        while b > a and raw[b - 1] in _TRAIL:
            b -= 1
        out.append(raw[a:b])
    return out


def _number_ok(s):
    whole, dot, frac = s.partition(".")
    if dot and (not frac or not set(frac) <= _DIGITS):
        return False
    groups = whole.split(",")
    if not groups[0] or not set("".join(groups)) <= _DIGITS:
        return False
    if len(groups) > 1:
        return len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    return True


def _parse(tok):
    """None, or (value, kind, bare) for a figure token; kind in $ % x n."""
    s = tok
    if s.startswith("~"):
        s = s[1:]
    if s.endswith("+"):
        s = s[:-1]
    money = s.startswith("$")
    if money:
        s = s[1:]
    kind, mult, bare = ("$" if money else "n"), 1.0, True
    if s.endswith("bn"):
        s, mult, bare = s[:-2], 1e9, False
    elif s[-1:] in ("k", "K", "M", "B"):
        s, mult, bare = s[:-1], {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9}[s[-1]], False
    elif s[-1:] in ("%", "x", "X"):
        if money:
            return None
        s, kind, bare = s[:-1], ("%" if s[-1] == "%" else "x"), False
    if not _number_ok(s):
        return None
    return float(s.replace(",", "")) * mult, kind, bare


def _figs(text):
    """[(index, value, unit, kind)] with unit in $ % x '' and kind in $ % x time count."""
    toks = _toks(text)
    out = []
    for i, tok in enumerate(toks):
        parsed = _parse(tok)
        if parsed is None:
            continue
        value, kind, bare = parsed
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if len(tok) == 4 and set(tok) <= _DIGITS and 1900 <= int(tok) <= 2099 and nxt not in _UNITS:
            continue
        if bare and nxt in _MULT:
            value *= _MULT[nxt]
        unit = {"$": "$", "%": "%", "x": "x", "n": ""}[kind]
        if bare and kind == "n" and nxt == "percent":
            unit = "%"
        cat = unit or ("time" if bare and nxt in _TIME else "points" if bare and nxt in _POINTS
                       else "count")
        out.append((i, value, unit, cat))
    return out


def _n_outcome(text):
    return sum(1 for f in _figs(text) if f[3] != "count")


def _n_count(text):
    return sum(1 for f in _figs(text) if f[3] == "count")


for _key in [f"w{_i}" for _i in range(1, 11)]:
    _text = REWRITES.get(_key)
    assert isinstance(_text, str), f"{_key}: no rewrite"
    assert _n_outcome(_text) >= 1, (
        f"{_key}: the rewrite has no outcome figure (a %, $ amount, points, multiplier or time); "
        "counts show scale, and years or labels such as Q3 are not figures"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "rewrites_test_4", "grade": true, "points": 1}
# The scope: how big the work was, or whom it served.
assert isinstance(REWRITES, dict) and set(REWRITES) == set(WEAK_BULLETS), (
    "REWRITES should be a dict with exactly the ids of WEAK_BULLETS (see the first test)"
)
_found = problems_in(REWRITES, check_scope)
assert not _found, "Some rewrites show no scope:\n" + explain(_found)
### BEGIN HIDDEN TESTS
import re as _re

_LEAD, _TRAIL = "(\"'[\u201c\u2018", ".,;:!?)\"']\u201d\u2019"
_MARKS = " \t\r\n-*\u2022\u2013\u2014"
_DIGITS = set("0123456789")
_MULT = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_TIME = set("ms millisecond milliseconds second seconds sec secs minute minutes min mins hour "
            "hours hr hrs day days week weeks month months quarter quarters year years".split())
_POINTS = {"pp", "point", "points", "percentage", "bps"}
_UNITS = set(_MULT) | {"percent"} | _TIME | _POINTS
_NOUNS = set("""user customer seller buyer shopper member subscriber account merchant vendor
supplier partner advertiser driver employee analyst engineer scientist stakeholder manager team
row record event transaction order session table dataset feature document image review
interaction click impression listing product sku item store warehouse market region site brand
campaign model dashboard pipeline experiment test report page service metric""".split())
_NOUNS |= {n + "s" for n in _NOUNS} | {"person", "people", "query", "queries", "country",
                                        "countries", "city", "cities", "category", "categories"}
_ORG = _re.compile(r"(?<![A-Za-z0-9_])(?:team|teams|org|orgs|organization|organizations|"
                   r"organisation|organisations|department|departments|division|divisions|"
                   r"business unit|business units|company-wide|org-wide|cross-functional|"
                   r"leadership|executive|executives|vp|vps)(?![A-Za-z0-9_])")


def _toks(text):
    out = []
    for raw in text.split():
        a, b = 0, len(raw)
        while a < b and raw[a] in _LEAD:
            a += 1
        while b > a and raw[b - 1] in _TRAIL:
            b -= 1
        out.append(raw[a:b])
    return out


def _number_ok(s):
    whole, dot, frac = s.partition(".")
    if dot and (not frac or not set(frac) <= _DIGITS):
        return False
    groups = whole.split(",")
    if not groups[0] or not set("".join(groups)) <= _DIGITS:
        return False
    if len(groups) > 1:
        return len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    return True


def _parse(tok):
    """None, or (value, kind, bare) for a figure token; kind in $ % x n."""
    s = tok
    if s.startswith("~"):
        s = s[1:]
    if s.endswith("+"):
        s = s[:-1]
    money = s.startswith("$")
    if money:
        s = s[1:]
    kind, mult, bare = ("$" if money else "n"), 1.0, True
    if s.endswith("bn"):
        s, mult, bare = s[:-2], 1e9, False
    elif s[-1:] in ("k", "K", "M", "B"):
        s, mult, bare = s[:-1], {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9}[s[-1]], False
    elif s[-1:] in ("%", "x", "X"):
        if money:
            return None
        s, kind, bare = s[:-1], ("%" if s[-1] == "%" else "x"), False
    if not _number_ok(s):
        return None
    return float(s.replace(",", "")) * mult, kind, bare


def _figs(text):
    """[(index, value, unit, kind)] with unit in $ % x '' and kind in $ % x time count."""
    toks = _toks(text)
    out = []
    for i, tok in enumerate(toks):
        parsed = _parse(tok)
        if parsed is None:
            continue
        value, kind, bare = parsed
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if len(tok) == 4 and set(tok) <= _DIGITS and 1900 <= int(tok) <= 2099 and nxt not in _UNITS:
            continue
        if bare and nxt in _MULT:
            value *= _MULT[nxt]
        unit = {"$": "$", "%": "%", "x": "x", "n": ""}[kind]
        if bare and kind == "n" and nxt == "percent":
            unit = "%"
        cat = unit or ("time" if bare and nxt in _TIME else "points" if bare and nxt in _POINTS
                       else "count")
        out.append((i, value, unit, cat))
    return out


def _n_outcome(text):
    return sum(1 for f in _figs(text) if f[3] != "count")


def _n_count(text):
    return sum(1 for f in _figs(text) if f[3] == "count")


def _scoped(text):
    toks = [t.lower() for t in _toks(text)]
    for i, _, _, cat in _figs(text):
        if cat == "count" and any(t in _NOUNS for t in toks[i + 1:i + 4]):
            return True
    return _ORG.search(text.lower()) is not None


for _key in [f"w{_i}" for _i in range(1, 11)]:
    _text = REWRITES.get(_key)
    assert isinstance(_text, str), f"{_key}: no rewrite"
    assert _scoped(_text), (
        f"{_key}: the rewrite shows no scope: a count followed closely by what it counts "
        "(users, rows, stores...) or a named group of people"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "rewrites_test_5", "grade": true, "points": 1}
# The length and the voice: 10 to 30 words, active voice, no empty buzzwords.
assert isinstance(REWRITES, dict) and set(REWRITES) == set(WEAK_BULLETS), (
    "REWRITES should be a dict with exactly the ids of WEAK_BULLETS (see the first test)"
)
_found = (problems_in(REWRITES, check_length) + problems_in(REWRITES, check_voice)
          + problems_in(REWRITES, check_buzzwords))
assert not _found, "Some rewrites need trimming or rephrasing:\n" + explain(_found)
### BEGIN HIDDEN TESTS
import re as _re

_LEAD, _TRAIL = "(\"'[\u201c\u2018", ".,;:!?)\"']\u201d\u2019"
_MARKS = " \t\r\n-*\u2022\u2013\u2014"
_DIGITS = set("0123456789")
_MULT = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_TIME = set("ms millisecond milliseconds second seconds sec secs minute minutes min mins hour "
            "hours hr hrs day days week weeks month months quarter quarters year years".split())
_POINTS = {"pp", "point", "points", "percentage", "bps"}
_UNITS = set(_MULT) | {"percent"} | _TIME | _POINTS
_BE = {"am", "is", "are", "was", "were", "be", "been", "being"}
_IRREG = set("""built made done led run set sent taken given shown written chosen known seen found
held kept sold bought brought taught told won put cut spent paid read left lost met drawn driven
grown begun broken frozen hidden spoken understood""".split())
_NOTPP = set("""often open even seven eleven been need seed speed feed indeed green between screen
token kitchen children citizen dozen garden golden wooden listen happen women oxygen hyphen
thirteen fourteen fifteen sixteen seventeen eighteen nineteen""".split())
_BUZZ = ["synergy", "synergies", "leverage", "leveraged", "leveraging", "data-driven",
         "results-driven", "results-oriented", "detail-oriented", "team player", "self-starter",
         "go-getter", "hard-working", "hardworking", "passionate", "dynamic", "innovative",
         "cutting-edge", "state-of-the-art", "best-in-class", "world-class", "next-generation",
         "game-changing", "game-changer", "disruptive", "seamless", "seamlessly", "robust",
         "impactful", "significant", "significantly", "substantial", "substantially",
         "dramatically", "massively", "various", "numerous", "strategic", "thought leader",
         "value-add", "holistic", "actionable"]


def _toks(text):
    out = []
    for raw in text.split():
        a, b = 0, len(raw)
        while a < b and raw[a] in _LEAD:
            a += 1
        while b > a and raw[b - 1] in _TRAIL:
            b -= 1
        out.append(raw[a:b])
    return out


def _number_ok(s):
    whole, dot, frac = s.partition(".")
    if dot and (not frac or not set(frac) <= _DIGITS):
        return False
    groups = whole.split(",")
    if not groups[0] or not set("".join(groups)) <= _DIGITS:
        return False
    if len(groups) > 1:
        return len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    return True


def _parse(tok):
    """None, or (value, kind, bare) for a figure token; kind in $ % x n."""
    s = tok
    if s.startswith("~"):
        s = s[1:]
    if s.endswith("+"):
        s = s[:-1]
    money = s.startswith("$")
    if money:
        s = s[1:]
    kind, mult, bare = ("$" if money else "n"), 1.0, True
    if s.endswith("bn"):
        s, mult, bare = s[:-2], 1e9, False
    elif s[-1:] in ("k", "K", "M", "B"):
        s, mult, bare = s[:-1], {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9}[s[-1]], False
    elif s[-1:] in ("%", "x", "X"):
        if money:
            return None
        s, kind, bare = s[:-1], ("%" if s[-1] == "%" else "x"), False
    if not _number_ok(s):
        return None
    return float(s.replace(",", "")) * mult, kind, bare


def _figs(text):
    """[(index, value, unit, kind)] with unit in $ % x '' and kind in $ % x time count."""
    toks = _toks(text)
    out = []
    for i, tok in enumerate(toks):
        parsed = _parse(tok)
        if parsed is None:
            continue
        value, kind, bare = parsed
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if len(tok) == 4 and set(tok) <= _DIGITS and 1900 <= int(tok) <= 2099 and nxt not in _UNITS:
            continue
        if bare and nxt in _MULT:
            value *= _MULT[nxt]
        unit = {"$": "$", "%": "%", "x": "x", "n": ""}[kind]
        if bare and kind == "n" and nxt == "percent":
            unit = "%"
        cat = unit or ("time" if bare and nxt in _TIME else "points" if bare and nxt in _POINTS
                       else "count")
        out.append((i, value, unit, cat))
    return out


def _n_outcome(text):
    return sum(1 for f in _figs(text) if f[3] != "count")


def _n_count(text):
    return sum(1 for f in _figs(text) if f[3] == "count")


def _passive(text):
    w = [t.lower() for t in _toks(text)]
    for i, word in enumerate(w):
        if word not in _BE or i + 1 >= len(w):
            continue
        nxt = w[i + 1]
        if len(nxt) > 2 and nxt.endswith("ly"):
            if i + 2 >= len(w):
                continue
            nxt = w[i + 2]
        if nxt in _IRREG or (len(nxt) > 3 and nxt[-2:] in ("ed", "en") and nxt not in _NOTPP
                             and _re.fullmatch(r"[a-z]+(-[a-z]+)*", nxt)):
            return True
    return False


def _n_words(text):
    return sum(1 for t in text.split() if any(c.isalnum() for c in t))


def _n_buzz(text):
    if _n_outcome(text):
        return 0
    low = " ".join(text.lower().split())
    edge_before, edge_after = r"(?<![A-Za-z0-9_-])", r"(?![A-Za-z0-9_-])"
    return sum(1 for b in _BUZZ if _re.search(edge_before + _re.escape(b) + edge_after, low))


for _key in [f"w{_i}" for _i in range(1, 11)]:
    _text = REWRITES.get(_key)
    assert isinstance(_text, str), f"{_key}: no rewrite"
    _n = _n_words(_text)
    assert 10 <= _n <= 30, f"{_key}: the rewrite has {_n} words; keep it between 10 and 30"
    assert not _passive(_text), (
        f"{_key}: the rewrite uses the passive voice; make yourself the subject"
    )
    assert _n_buzz(_text) == 0, (
        f"{_key}: the rewrite leans on buzzwords with no outcome figure behind them"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "rewrites_test_6", "grade": true, "points": 1}
# The topic: each rewrite tells the same achievement as its weak bullet.
assert isinstance(REWRITES, dict) and set(REWRITES) == set(WEAK_BULLETS), (
    "REWRITES should be a dict with exactly the ids of WEAK_BULLETS (see the first test)"
)
_drifted = [key for key, text in REWRITES.items()
            if isinstance(text, str) and not keeps_topic(key, text)]
assert not _drifted, (
    f"the rewrites of {_drifted} contain none of their TOPIC_TERMS: keep the original "
    "achievement (and check that each rewrite sits under the right id)"
)
### BEGIN HIDDEN TESTS
_TERMS = {
    "w1": ["dashboard"], "w2": ["forecast", "demand"], "w3": ["a/b", "experiment", "checkout"],
    "w4": ["churn", "retention", "attrition", "cancel"],
    "w5": ["data quality", "data-quality", "warehouse", "clean"], "w6": ["recommend"],
    "w7": ["report", "automat"], "w8": ["fraud"], "w9": ["pric"],
    "w10": ["search", "ranking", "relevance", "quer"],
}
for _key, _terms in _TERMS.items():
    _text = REWRITES.get(_key)
    assert isinstance(_text, str), f"{_key}: no rewrite"
    _low = _text.casefold()
    assert any(_t in _low for _t in _terms), (
        f"{_key}: the rewrite lost the topic of the weak bullet"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## 3. Pull the figures out of a bullet
# *Parsing numbers as people write them*
#
# A reviewer, or a script screening a stack of resumes, wants the figures as numbers, not as
# text: to compare two bullets, to spot a claim that looks too good, or to check that a "from
# 2.1% to 3.4%" really is the 62% lift the next line claims. People write figures in a dozen
# ways, and each one is a trap for a quick regular expression: `$1.2M` is 1,200,000 dollars,
# `10k` is 10,000, `2,000,000` is one number and not three, `35%` is a percentage, `3x` is a
# multiplier, `$2 million` spreads one figure over two tokens, and `2021`, `Q3` or `v2.1` are
# not figures at all.
#
# **Question.** Complete `def extract_metrics(bullet):` so that it returns, as a list, one
# `(value, unit)` tuple for each figure of `bullet`, in order of appearance. "Figure" means
# exactly what the rules above say: the tokens, the form, the years. Then:
#
# - `unit` is `"$"` for money, `"%"` for a percentage (a `%` suffix, or a plain number
#   followed by the word `percent`), `"x"` for a multiplier (an `x` or `X` suffix) and `""`
#   (the empty string) for everything else, times and points included (`3 hours` gives
#   `(3.0, "")`).
# - `value` is a float: the number without its commas, multiplied by its suffix (`k` and `K`
#   by 1,000, `M` by 1,000,000, `B` and `bn` by 1,000,000,000). A figure with no suffix (money
#   included) that is followed by the word `thousand`, `million` or `billion` (any letter
#   case, like every unit word) is multiplied by it as well. Percentages and multipliers keep
#   the number as written: `35%` gives `(35.0, "%")`, not 0.35. `~` and `+` do not change the
#   value.
#
# For example, `extract_metrics("Cut costs by $1.2M (~35%) across 2,000,000 rows in Q3 2021")`
# returns `[(1200000.0, "$"), (35.0, "%"), (2000000.0, "")]`, and a bullet without figures
# gives `[]`. Write the parsing yourself: `figures`, `outcome_figures` and `FIGURE_TOKEN` from
# the check cell are off limits here, while `bullet_tokens`, `SCALE_WORDS`, `TIME_UNITS` and
# `UNIT_WORDS` are fine to use.

# %% nbgrader={"grade_id": "extract_metrics", "solution": true}
def extract_metrics(bullet):
    """The figures of a bullet as (value, unit) tuples, in order; unit is '$', '%', 'x' or ''."""
    ### BEGIN SOLUTION
    multipliers = {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "bn": 1e9}
    number = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
    tokens = bullet_tokens(bullet)
    metrics = []
    for i, token in enumerate(tokens):
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        body = token[1:] if token.startswith("~") else token
        body = body[:-1] if body.endswith("+") else body
        money = body.startswith("$")
        if money:
            body = body[1:]
        unit, scale, suffixed = ("$" if money else ""), 1.0, False
        for suffix in ("bn", "k", "K", "M", "B", "%", "x", "X"):
            if body.endswith(suffix):
                body, suffixed = body[: -len(suffix)], True
                if suffix in multipliers:
                    scale = multipliers[suffix]
                elif money:
                    unit = None  # "$" does not combine with "%" or "x"
                else:
                    unit = "%" if suffix == "%" else "x"
                break
        if unit is None or not number.fullmatch(body):
            continue
        if re.fullmatch(r"(?:19|20)[0-9]{2}", token) and after not in UNIT_WORDS:
            continue  # a year
        if not suffixed and after in SCALE_WORDS:
            scale = SCALE_WORDS[after]
        elif not suffixed and not money and after == "percent":
            unit = "%"
        metrics.append((float(body.replace(",", "")) * scale, unit))
    return metrics
    ### END SOLUTION


# %% nbgrader={"grade_id": "extract_metrics_test", "grade": true, "points": 2}
# Formats: commas, decimals, $, %, x and the k/M/B suffixes.
from autograde.probes import expect_close, expect_not_used


def _same_metrics(text, got, expected):
    assert isinstance(got, list), (
        f"extract_metrics should return a list, not a {type(got).__name__}"
    )
    for _item in got:
        assert isinstance(_item, tuple) and len(_item) == 2, (
            f"each metric should be a (value, unit) tuple; "
            f"extract_metrics({text!r}) returned {got!r}"
        )
    if len(got) != len(expected):
        _hint = ("too many: is a year, a label, a date or a range among them?"
                 if len(got) > len(expected) else
                 "too few: check the commas, the suffixes, ~ and + and the punctuation around it")
        raise AssertionError(f"extract_metrics({text!r}) found {len(got)} figure(s), {_hint}")
    for _n, ((_value, _unit), (_want, _want_unit)) in enumerate(zip(got, expected), start=1):
        assert _unit == _want_unit, (
            f"in {text!r}, figure {_n} has the unit {_unit!r}, which is not right "
            "(units: '$', '%', 'x' or '')"
        )
        expect_close(_value, _want, rel=1e-9, abs_=1e-9,
                     what=f"in {text!r}, the value of figure {_n}")


_same_metrics("Cut costs by 35%", extract_metrics("Cut costs by 35%"), [(35.0, "%")])
_same_metrics("Saved $1.2M a year", extract_metrics("Saved $1.2M a year"), [(1200000.0, "$")])
_same_metrics("3x faster on 10k users", extract_metrics("3x faster on 10k users"),
              [(3.0, "x"), (10000.0, "")])
_same_metrics("2,000,000 rows", extract_metrics("2,000,000 rows"), [(2000000.0, "")])
_same_metrics("No figures here", extract_metrics("No figures here"), [])
### BEGIN HIDDEN TESTS
_EXPLICIT = [
    ("Raised margin by $450K", [(450 * 1e3, "$")]),
    ("scored 1.5bn events", [(1.5 * 1e9, "")]),
    ("a $2B market", [(2 * 1e9, "$")]),
    ("up ~30% (0.4%).", [(30.0, "%"), (0.4, "%")]),
    ("40M+ sessions, 2.5X faster", [(40 * 1e6, ""), (2.5, "x")]),
    ("1,234.5 hours and 12,000,000 rows", [(1234.5, ""), (12 * 1e6, "")]),
    ("from 2.1% to 3.4%: 62% more", [(2.1, "%"), (3.4, "%"), (62.0, "%")]),
    ("(~$3.5M+)", [(3.5 * 1e6, "$")]),
    ("0 incidents in 7K deploys", [(0.0, ""), (7 * 1e3, "")]),
]
for _text, _expected in _EXPLICIT:
    _same_metrics(_text, extract_metrics(_text), _expected)

_rng = np.random.default_rng(7107)
_FILL = ["Cut", "costs", "by", "for", "the", "team", "across", "users", "rows", "in", "and",
         "revenue", "stores", "a", "to", "from", "with", "SQL", "lifting", "saving"]
_SCALE = {"": 1.0, "k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "bn": 1e9}


def _number(rng):
    """(text, value): an integer with or without commas, or a decimal; never a bare year."""
    _form = int(rng.integers(0, 5))
    if _form == 0:
        _n = int(rng.integers(0, 1000))
        return str(_n), float(_n)
    if _form == 1:
        _n = int(rng.integers(1000, 10 ** 8))
        return f"{_n:,}", float(_n)
    if _form == 2:
        _n = int(rng.integers(1000, 10 ** 6))
        _n = _n + 500 if 1900 <= _n <= 2099 else _n
        return str(_n), float(_n)
    _digits = int(rng.integers(1, 3))
    _x = float(rng.uniform(0, 10 ** 6 if _form == 4 else 1000))
    _text = f"{_x:,.{_digits}f}" if _form == 4 else f"{_x:.{_digits}f}"
    return _text, float(_text.replace(",", ""))


def _figure(rng):
    """(token, (value, unit)): one figure token in one of the symbol formats."""
    _num, _value = _number(rng)
    _style = int(rng.integers(0, 4))
    if _style == 0:
        _suffix = str(rng.choice(list(_SCALE)))
        _token, _metric = "$" + _num + _suffix, (_value * _SCALE[_suffix], "$")
    elif _style == 1:
        _suffix = str(rng.choice(list(_SCALE)))
        _token, _metric = _num + _suffix, (_value * _SCALE[_suffix], "")
    elif _style == 2:
        _token, _metric = _num + "%", (_value, "%")
    else:
        _token, _metric = _num + str(rng.choice(["x", "X"])), (_value, "x")
    if rng.random() < 0.2:
        _token = "~" + _token
    if rng.random() < 0.2:
        _token += "+"
    _wrap = rng.random()
    if _wrap < 0.15:
        _token = "(" + _token + ")"
    elif _wrap < 0.35:
        _token += str(rng.choice([",", ".", ";", ":", ").", "'"]))
    return _token, _metric


for _case in range(400):
    _words, _expected = [], []
    for _ in range(int(_rng.integers(1, 14))):
        if _rng.random() < 0.4:
            _token, _metric = _figure(_rng)
            _words.append(_token)
            _expected.append(_metric)
        else:
            _words.append(str(_rng.choice(_FILL)))
    _text = " ".join(_words)
    _same_metrics(_text, extract_metrics(_text), _expected)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "extract_metrics_test_2", "grade": true, "points": 2}
# Not figures (years, labels, dates, ranges), and figures spread over two tokens ("2 million").
from autograde.probes import expect_close, expect_not_used


def _same_metrics(text, got, expected):
    assert isinstance(got, list), (
        f"extract_metrics should return a list, not a {type(got).__name__}"
    )
    for _item in got:
        assert isinstance(_item, tuple) and len(_item) == 2, (
            f"each metric should be a (value, unit) tuple; "
            f"extract_metrics({text!r}) returned {got!r}"
        )
    if len(got) != len(expected):
        _hint = ("too many: is a year, a label, a date or a range among them?"
                 if len(got) > len(expected) else
                 "too few: check the commas, the suffixes, ~ and + and the punctuation around it")
        raise AssertionError(f"extract_metrics({text!r}) found {len(got)} figure(s), {_hint}")
    for _n, ((_value, _unit), (_want, _want_unit)) in enumerate(zip(got, expected), start=1):
        assert _unit == _want_unit, (
            f"in {text!r}, figure {_n} has the unit {_unit!r}, which is not right "
            "(units: '$', '%', 'x' or '')"
        )
        expect_close(_value, _want, rel=1e-9, abs_=1e-9,
                     what=f"in {text!r}, the value of figure {_n}")


_same_metrics("Launched in 2021", extract_metrics("Launched in 2021"), [])
_same_metrics("Q3 revenue of v2.1", extract_metrics("Q3 revenue of v2.1"), [])
_same_metrics("Saved $2 million", extract_metrics("Saved $2 million"), [(2000000.0, "$")])
_same_metrics("up 12 percent", extract_metrics("up 12 percent"), [(12.0, "%")])
### BEGIN HIDDEN TESTS
expect_not_used(extract_metrics, ["figures", "outcome_figures", "_figure_records", "FIGURE_TOKEN"],
                "write the parsing yourself (bullet_tokens and the unit-word sets are allowed)")
_EXPLICIT = [
    ("Q3 2020 revenue grew in 1999", []),
    ("since 2019, 2,021 users", [(2021.0, "")]),
    ("~2000 stores and 2000+ sellers", [(2000.0, ""), (2000.0, "")]),
    ("a $2021 budget, 2021% growth", [(2021.0, "$"), (2021.0, "%")]),
    ("v2.1 of the 4th model in 3D", []),
    ("from 03/2021 to 2021-06-30", []),
    ("a 10-15% lift at p95 in 200ms", []),
    ("-12% churn, +5% NPS, 5m rows", []),
    ("24/7 support, 1,20 and 12,3456 and $5%", []),
    ("2.5 million rows", [(2.5 * 1e6, "")]),
    ("(~$3 Billion)", [(3 * 1e9, "$")]),
    ("2021 hours saved", [(2021.0, "")]),
    ("1,500 thousand rows", [(1500 * 1e3, "")]),
    ("5k million", [(5 * 1e3, "")]),
    ("$5 percent", [(5.0, "$")]),
    ("3 hours", [(3.0, "")]),
    ("1999 PERCENT", [(1999.0, "%")]),
]
for _text, _expected in _EXPLICIT:
    _same_metrics(_text, extract_metrics(_text), _expected)

_rng = np.random.default_rng(7207)
_FILL = ["Cut", "costs", "by", "for", "the", "team", "across", "users", "rows", "in", "and",
         "revenue", "stores", "a", "to", "from", "with", "SQL", "lifting", "saving"]
_NOT_FIGURES = ["Q3", "Q4", "H1", "v2.1", "v3", "4th", "1st", "3D", "p95", "5m", "200ms", "03/2021",
                "2021-03-15", "10-15%", "24/7", "-12%", "+5%", "1,20", "12,3456", "$5%", "x3", "#1",
                "COVID-19", "A/B", "2.0.1", "L6", "$", "%", "~", "k"]
_WORD_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_TIME_WORDS = ["hours", "days", "weeks", "minutes", "ms", "months", "quarter", "years", "hrs",
               "sec", "pp", "points", "bps", "Hours"]


def _plain_number(rng):
    """(text, value) of a number without suffix, never a bare year."""
    if rng.random() < 0.5:
        _n = int(rng.integers(0, 1000))
        return str(_n), float(_n)
    _x = round(float(rng.uniform(0, 100)), 1)
    return f"{_x:.1f}", _x


def _element(rng):
    """(tokens, expected metrics) for one piece of a generated bullet."""
    _kind = int(rng.integers(0, 6))
    if _kind == 0:  # a number followed by a scale word
        _num, _value = _plain_number(rng)
        _word = str(rng.choice(list(_WORD_SCALE)))
        _money = rng.random() < 0.5
        _shown = _word if rng.random() < 0.7 else _word.capitalize()
        _unit = "$" if _money else ""
        return [_unit + _num, _shown], [(_value * _WORD_SCALE[_word], _unit)]
    if _kind == 1:  # a number followed by "percent"
        _num, _value = _plain_number(rng)
        return [("~" if rng.random() < 0.3 else "") + _num, "percent"], [(_value, "%")]
    if _kind == 2:  # a time or points: a plain value, unit ''
        _num, _value = _plain_number(rng)
        return [_num, str(rng.choice(_TIME_WORDS))], [(_value, "")]
    if _kind == 3:  # a bare year: a date, not a figure
        return [str(int(rng.integers(1900, 2100)))], []
    if _kind == 4:  # a year-like number followed by a unit word: a figure
        _year = int(rng.integers(1900, 2100))
        _word = str(rng.choice(["hours", "days", "percent", "million", "pp"]))
        if _word == "million":
            _metric = (_year * 1e6, "")
        else:
            _metric = (float(_year), "%" if _word == "percent" else "")
        return [str(_year), _word], [_metric]
    return [str(rng.choice(_NOT_FIGURES))], []


for _case in range(400):
    _words, _expected = [], []
    for _ in range(int(_rng.integers(1, 10))):
        if _rng.random() < 0.5:
            _tokens, _metrics = _element(_rng)
        else:
            _tokens, _metrics = [str(_rng.choice(_FILL))], []
        _words += _tokens
        _expected += _metrics
    _text = " ".join(_words)
    _same_metrics(_text, extract_metrics(_text), _expected)
### END HIDDEN TESTS

# %% [markdown]
# ## 4. An impact score
# *Turning the rules into one number*
#
# A list of problems tells you what to fix in one bullet; to compare bullets, to decide which
# three go at the top of a section, you want one number. The score below rewards what a
# reader looks for and penalises what makes them skim on. Two design choices are worth
# noticing. The rewards are **capped**: a bullet with six percentages is not twice as good as
# one with three, it is harder to read, so extra figures earn nothing. And outcomes weigh
# more than counts, because scale without a result is only half the story.
#
# | part | points |
# |---|---|
# | opens with one of `STRONG_VERBS` (`starts_with_action_verb`) | +3 |
# | starts with one of `WEAK_OPENERS` (`weak_opener` is not `None`) | −3 |
# | each outcome figure (`outcome_figures`), counting at most 3 | +2 each |
# | each count figure (the figures that are not outcome figures), counting at most 2 | +1 each |
# | shows scope (`has_scope`) | +2 |
# | any passive construction (`passive_markers` not empty), however many | −2 |
# | each buzzword without evidence (`buzzwords_without_evidence`) | −1 each |
# | fewer than `MIN_WORDS` or more than `MAX_WORDS` words (`word_count`) | −2 |
#
# **Question.** Complete `def impact_score(bullet):` so that it returns the score of one
# bullet, an `int`, as the sum of the parts above. Use the functions of the check cell named
# in the table: the score must follow exactly the same rules as the checks. For example,
# `"Built a recommendation model."` scores 3 − 2 = 1 (a strong verb, too short) and
# `"Cut forecast error by 14% for 1,200 grocery SKUs, saving $1.7M a year."` scores
# 3 + 2 × 2 + 1 + 2 = 10.

# %% nbgrader={"grade_id": "impact_score", "solution": true}
def impact_score(bullet):
    """The impact score of one bullet (an int), from the rules of the check cell."""
    ### BEGIN SOLUTION
    outcomes = len(outcome_figures(bullet))
    counts = len(figures(bullet)) - outcomes
    score = 3 * starts_with_action_verb(bullet) - 3 * (weak_opener(bullet) is not None)
    score += 2 * min(outcomes, 3) + min(counts, 2)
    score += 2 * has_scope(bullet) - 2 * bool(passive_markers(bullet))
    score -= len(buzzwords_without_evidence(bullet))
    score -= 2 * (not MIN_WORDS <= word_count(bullet) <= MAX_WORDS)
    return int(score)
    ### END SOLUTION


# %% nbgrader={"grade_id": "impact_score_test", "grade": true, "points": 2}
def _expect_score(bullet, expected):
    _got = impact_score(bullet)
    assert isinstance(_got, (int, np.integer)) and not isinstance(_got, bool), (
        f"impact_score should return an int, not a {type(_got).__name__}"
    )
    assert _got == expected, (
        f"impact_score({bullet!r}) is {_got}, which is not right: "
        "add up the table's parts one by one"
    )


_expect_score("Built a recommendation model.", 1)
_expect_score("Responsible for pricing analysis.", -5)
_expect_score("Cut forecast error by 14% for 1,200 grocery SKUs, saving $1.7M a year.", 10)
### BEGIN HIDDEN TESTS
import re as _re

_LEAD, _TRAIL = "(\"'[\u201c\u2018", ".,;:!?)\"']\u201d\u2019"
_MARKS = " \t\r\n-*\u2022\u2013\u2014"
_STRONG = set("""
accelerated achieved added aligned analysed analyzed architected assessed audited authored
automated benchmarked boosted built calculated calibrated captured championed cleaned coached
compiled computed conceived conducted consolidated constructed converted coordinated created
curated cut debugged decreased deduplicated defined delivered deployed designed detected developed
devised diagnosed directed discovered doubled drove eliminated enabled engineered enhanced
established estimated evaluated expanded expedited extended extracted fixed forecasted formulated
found founded generated grew guided halved headed hired identified implemented improved increased
influenced initiated instrumented integrated interpreted introduced invented investigated launched
led lowered managed mapped maximised maximized measured mentored migrated minimised minimized
modeled modelled modernised modernized monitored negotiated optimised optimized orchestrated
organised organized overhauled owned partnered persuaded piloted pioneered planned predicted
presented prevented prioritised prioritized productionised productionized proposed prototyped
proved published quantified raised ran rebuilt reconciled recovered redesigned reduced refactored
removed replaced resolved restructured retired revamped rewrote saved scaled scoped secured
segmented shipped shortened simplified slashed solved spearheaded stabilised stabilized
standardised standardized streamlined strengthened synthesised synthesized taught tested traced
trained transformed translated tripled tuned uncovered unified upgraded validated visualised
visualized won wrote
""".split())
_WEAK = ["responsible for", "was responsible for", "in charge of", "tasked with", "duties included",
         "helped", "assisted", "worked on", "worked with", "worked in", "participated in",
         "was involved in", "involved in", "contributed to", "supported", "handled", "did", "tried",
         "attempted", "exposure to", "familiar with", "part of", "member of", "used", "utilized",
         "utilised", "leveraged"]
_DIGITS = set("0123456789")
_MULT = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_TIME = set("ms millisecond milliseconds second seconds sec secs minute minutes min mins hour "
            "hours hr hrs day days week weeks month months quarter quarters year years".split())
_POINTS = {"pp", "point", "points", "percentage", "bps"}
_UNITS = set(_MULT) | {"percent"} | _TIME | _POINTS
_NOUNS = set("""user customer seller buyer shopper member subscriber account merchant vendor
supplier partner advertiser driver employee analyst engineer scientist stakeholder manager team
row record event transaction order session table dataset feature document image review
interaction click impression listing product sku item store warehouse market region site brand
campaign model dashboard pipeline experiment test report page service metric""".split())
_NOUNS |= {n + "s" for n in _NOUNS} | {"person", "people", "query", "queries", "country",
                                        "countries", "city", "cities", "category", "categories"}
_ORG = _re.compile(r"(?<![A-Za-z0-9_])(?:team|teams|org|orgs|organization|organizations|"
                   r"organisation|organisations|department|departments|division|divisions|"
                   r"business unit|business units|company-wide|org-wide|cross-functional|"
                   r"leadership|executive|executives|vp|vps)(?![A-Za-z0-9_])")
_BE = {"am", "is", "are", "was", "were", "be", "been", "being"}
_IRREG = set("""built made done led run set sent taken given shown written chosen known seen found
held kept sold bought brought taught told won put cut spent paid read left lost met drawn driven
grown begun broken frozen hidden spoken understood""".split())
_NOTPP = set("""often open even seven eleven been need seed speed feed indeed green between screen
token kitchen children citizen dozen garden golden wooden listen happen women oxygen hyphen
thirteen fourteen fifteen sixteen seventeen eighteen nineteen""".split())
_BUZZ = ["synergy", "synergies", "leverage", "leveraged", "leveraging", "data-driven",
         "results-driven", "results-oriented", "detail-oriented", "team player", "self-starter",
         "go-getter", "hard-working", "hardworking", "passionate", "dynamic", "innovative",
         "cutting-edge", "state-of-the-art", "best-in-class", "world-class", "next-generation",
         "game-changing", "game-changer", "disruptive", "seamless", "seamlessly", "robust",
         "impactful", "significant", "significantly", "substantial", "substantially",
         "dramatically", "massively", "various", "numerous", "strategic", "thought leader",
         "value-add", "holistic", "actionable"]


def _toks(text):
    out = []
    for raw in text.split():
        a, b = 0, len(raw)
        while a < b and raw[a] in _LEAD:
            a += 1
        while b > a and raw[b - 1] in _TRAIL:
            b -= 1
        out.append(raw[a:b])
    return out


def _opens_strong(text):
    toks = _toks(text.lstrip(_MARKS))
    return bool(toks) and toks[0].lower() in _STRONG


def _opens_weak(text):
    words = text.lstrip(_MARKS).lower().split()
    for phrase in _WEAK:
        n = len(phrase.split())
        head = words[:n]
        if len(head) == n and head[:-1] == phrase.split()[:-1]:
            last = head[-1]
            target = phrase.split()[-1]
            rest = last[len(target):]
            if last.startswith(target) and not (rest[:1].isalnum() or rest[:1] in ("-", "_")):
                return True
    return False


def _number_ok(s):
    whole, dot, frac = s.partition(".")
    if dot and (not frac or not set(frac) <= _DIGITS):
        return False
    groups = whole.split(",")
    if not groups[0] or not set("".join(groups)) <= _DIGITS:
        return False
    if len(groups) > 1:
        return len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    return True


def _parse(tok):
    """None, or (value, kind, bare) for a figure token; kind in $ % x n."""
    s = tok
    if s.startswith("~"):
        s = s[1:]
    if s.endswith("+"):
        s = s[:-1]
    money = s.startswith("$")
    if money:
        s = s[1:]
    kind, mult, bare = ("$" if money else "n"), 1.0, True
    if s.endswith("bn"):
        s, mult, bare = s[:-2], 1e9, False
    elif s[-1:] in ("k", "K", "M", "B"):
        s, mult, bare = s[:-1], {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9}[s[-1]], False
    elif s[-1:] in ("%", "x", "X"):
        if money:
            return None
        s, kind, bare = s[:-1], ("%" if s[-1] == "%" else "x"), False
    if not _number_ok(s):
        return None
    return float(s.replace(",", "")) * mult, kind, bare


def _figs(text):
    """[(index, value, unit, kind)] with unit in $ % x '' and kind in $ % x time count."""
    toks = _toks(text)
    out = []
    for i, tok in enumerate(toks):
        parsed = _parse(tok)
        if parsed is None:
            continue
        value, kind, bare = parsed
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if len(tok) == 4 and set(tok) <= _DIGITS and 1900 <= int(tok) <= 2099 and nxt not in _UNITS:
            continue
        if bare and nxt in _MULT:
            value *= _MULT[nxt]
        unit = {"$": "$", "%": "%", "x": "x", "n": ""}[kind]
        if bare and kind == "n" and nxt == "percent":
            unit = "%"
        cat = unit or ("time" if bare and nxt in _TIME else "points" if bare and nxt in _POINTS
                       else "count")
        out.append((i, value, unit, cat))
    return out


def _n_outcome(text):
    return sum(1 for f in _figs(text) if f[3] != "count")


def _n_count(text):
    return sum(1 for f in _figs(text) if f[3] == "count")


def _scoped(text):
    toks = [t.lower() for t in _toks(text)]
    for i, _, _, cat in _figs(text):
        if cat == "count" and any(t in _NOUNS for t in toks[i + 1:i + 4]):
            return True
    return _ORG.search(text.lower()) is not None


def _passive(text):
    w = [t.lower() for t in _toks(text)]
    for i, word in enumerate(w):
        if word not in _BE or i + 1 >= len(w):
            continue
        nxt = w[i + 1]
        if len(nxt) > 2 and nxt.endswith("ly"):
            if i + 2 >= len(w):
                continue
            nxt = w[i + 2]
        if nxt in _IRREG or (len(nxt) > 3 and nxt[-2:] in ("ed", "en") and nxt not in _NOTPP
                             and _re.fullmatch(r"[a-z]+(-[a-z]+)*", nxt)):
            return True
    return False


def _n_words(text):
    return sum(1 for t in text.split() if any(c.isalnum() for c in t))


def _n_buzz(text):
    if _n_outcome(text):
        return 0
    low = " ".join(text.lower().split())
    edge_before, edge_after = r"(?<![A-Za-z0-9_-])", r"(?![A-Za-z0-9_-])"
    return sum(1 for b in _BUZZ if _re.search(edge_before + _re.escape(b) + edge_after, low))


def _score(text):
    s = 3 * _opens_strong(text) - 3 * _opens_weak(text)
    s += 2 * min(_n_outcome(text), 3) + min(_n_count(text), 2)
    s += 2 * _scoped(text) - 2 * _passive(text) - _n_buzz(text)
    s -= 2 * (not 10 <= _n_words(text) <= 30)
    return s


for _weak in WEAK_BULLETS.values():
    _expect_score(_weak, _score(_weak))
for _text in CLASSIFY_BULLETS.values():
    _expect_score(_text, _score(_text))

_rng = np.random.default_rng(7307)
_OPENERS = ["Built", "Reduced", "Launched", "Led", "Analyzed", "Responsible for", "Helped",
            "Worked on", "Used", "The", "Our", "- Built", "I built", "Dashboards"]
_PIECES = ["the churn model", "by 12%", "$1.2M", "3x faster", "in 4 hours", "2M users",
           "1,200 SKUs", "in 2021", "in Q3", "for the marketing team", "across 9 markets",
           "which was adopted", "were quickly rolled out", "innovative", "data-driven",
           "significantly", "with SQL and Python", "and", "to", "forecast error", "revenue",
           "from 3 days to 2", "40M+ interactions", "10k rows", "a robust pipeline"]
for _case in range(300):
    _n = int(_rng.integers(0, 12))
    _text = str(_rng.choice(_OPENERS)) + " " + " ".join(str(p) for p in _rng.choice(_PIECES, _n))
    _expect_score(_text, _score(_text))
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "impact_score_test_2", "grade": true, "points": 1}
# The caps and the penalties.
def _expect_score(bullet, expected):
    _got = impact_score(bullet)
    assert isinstance(_got, (int, np.integer)) and not isinstance(_got, bool), (
        f"impact_score should return an int, not a {type(_got).__name__}"
    )
    assert _got == expected, (
        f"impact_score({bullet!r}) is {_got}, which is not right: "
        "add up the table's parts one by one"
    )


_expect_score("Dashboards were built for the team.", -2)
_expect_score("Leveraged innovative data-driven methods.", -8)
### BEGIN HIDDEN TESTS
import re as _re

_LEAD, _TRAIL = "(\"'[\u201c\u2018", ".,;:!?)\"']\u201d\u2019"
_MARKS = " \t\r\n-*\u2022\u2013\u2014"
_STRONG = set("""
accelerated achieved added aligned analysed analyzed architected assessed audited authored
automated benchmarked boosted built calculated calibrated captured championed cleaned coached
compiled computed conceived conducted consolidated constructed converted coordinated created
curated cut debugged decreased deduplicated defined delivered deployed designed detected developed
devised diagnosed directed discovered doubled drove eliminated enabled engineered enhanced
established estimated evaluated expanded expedited extended extracted fixed forecasted formulated
found founded generated grew guided halved headed hired identified implemented improved increased
influenced initiated instrumented integrated interpreted introduced invented investigated launched
led lowered managed mapped maximised maximized measured mentored migrated minimised minimized
modeled modelled modernised modernized monitored negotiated optimised optimized orchestrated
organised organized overhauled owned partnered persuaded piloted pioneered planned predicted
presented prevented prioritised prioritized productionised productionized proposed prototyped
proved published quantified raised ran rebuilt reconciled recovered redesigned reduced refactored
removed replaced resolved restructured retired revamped rewrote saved scaled scoped secured
segmented shipped shortened simplified slashed solved spearheaded stabilised stabilized
standardised standardized streamlined strengthened synthesised synthesized taught tested traced
trained transformed translated tripled tuned uncovered unified upgraded validated visualised
visualized won wrote
""".split())
_WEAK = ["responsible for", "was responsible for", "in charge of", "tasked with", "duties included",
         "helped", "assisted", "worked on", "worked with", "worked in", "participated in",
         "was involved in", "involved in", "contributed to", "supported", "handled", "did", "tried",
         "attempted", "exposure to", "familiar with", "part of", "member of", "used", "utilized",
         "utilised", "leveraged"]
_DIGITS = set("0123456789")
_MULT = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_TIME = set("ms millisecond milliseconds second seconds sec secs minute minutes min mins hour "
            "hours hr hrs day days week weeks month months quarter quarters year years".split())
_POINTS = {"pp", "point", "points", "percentage", "bps"}
_UNITS = set(_MULT) | {"percent"} | _TIME | _POINTS
_NOUNS = set("""user customer seller buyer shopper member subscriber account merchant vendor
supplier partner advertiser driver employee analyst engineer scientist stakeholder manager team
row record event transaction order session table dataset feature document image review
interaction click impression listing product sku item store warehouse market region site brand
campaign model dashboard pipeline experiment test report page service metric""".split())
_NOUNS |= {n + "s" for n in _NOUNS} | {"person", "people", "query", "queries", "country",
                                        "countries", "city", "cities", "category", "categories"}
_ORG = _re.compile(r"(?<![A-Za-z0-9_])(?:team|teams|org|orgs|organization|organizations|"
                   r"organisation|organisations|department|departments|division|divisions|"
                   r"business unit|business units|company-wide|org-wide|cross-functional|"
                   r"leadership|executive|executives|vp|vps)(?![A-Za-z0-9_])")
_BE = {"am", "is", "are", "was", "were", "be", "been", "being"}
_IRREG = set("""built made done led run set sent taken given shown written chosen known seen found
held kept sold bought brought taught told won put cut spent paid read left lost met drawn driven
grown begun broken frozen hidden spoken understood""".split())
_NOTPP = set("""often open even seven eleven been need seed speed feed indeed green between screen
token kitchen children citizen dozen garden golden wooden listen happen women oxygen hyphen
thirteen fourteen fifteen sixteen seventeen eighteen nineteen""".split())
_BUZZ = ["synergy", "synergies", "leverage", "leveraged", "leveraging", "data-driven",
         "results-driven", "results-oriented", "detail-oriented", "team player", "self-starter",
         "go-getter", "hard-working", "hardworking", "passionate", "dynamic", "innovative",
         "cutting-edge", "state-of-the-art", "best-in-class", "world-class", "next-generation",
         "game-changing", "game-changer", "disruptive", "seamless", "seamlessly", "robust",
         "impactful", "significant", "significantly", "substantial", "substantially",
         "dramatically", "massively", "various", "numerous", "strategic", "thought leader",
         "value-add", "holistic", "actionable"]


def _toks(text):
    out = []
    for raw in text.split():
        a, b = 0, len(raw)
        while a < b and raw[a] in _LEAD:
            a += 1
        while b > a and raw[b - 1] in _TRAIL:
            b -= 1
        out.append(raw[a:b])
    return out


def _opens_strong(text):
    toks = _toks(text.lstrip(_MARKS))
    return bool(toks) and toks[0].lower() in _STRONG


def _opens_weak(text):
    words = text.lstrip(_MARKS).lower().split()
    for phrase in _WEAK:
        n = len(phrase.split())
        head = words[:n]
        if len(head) == n and head[:-1] == phrase.split()[:-1]:
            last = head[-1]
            target = phrase.split()[-1]
            rest = last[len(target):]
            if last.startswith(target) and not (rest[:1].isalnum() or rest[:1] in ("-", "_")):
                return True
    return False


def _number_ok(s):
    whole, dot, frac = s.partition(".")
    if dot and (not frac or not set(frac) <= _DIGITS):
        return False
    groups = whole.split(",")
    if not groups[0] or not set("".join(groups)) <= _DIGITS:
        return False
    if len(groups) > 1:
        return len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    return True


def _parse(tok):
    """None, or (value, kind, bare) for a figure token; kind in $ % x n."""
    s = tok
    if s.startswith("~"):
        s = s[1:]
    if s.endswith("+"):
        s = s[:-1]
    money = s.startswith("$")
    if money:
        s = s[1:]
    kind, mult, bare = ("$" if money else "n"), 1.0, True
    if s.endswith("bn"):
        s, mult, bare = s[:-2], 1e9, False
    elif s[-1:] in ("k", "K", "M", "B"):
        s, mult, bare = s[:-1], {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9}[s[-1]], False
    elif s[-1:] in ("%", "x", "X"):
        if money:
            return None
        s, kind, bare = s[:-1], ("%" if s[-1] == "%" else "x"), False
    if not _number_ok(s):
        return None
    return float(s.replace(",", "")) * mult, kind, bare


def _figs(text):
    """[(index, value, unit, kind)] with unit in $ % x '' and kind in $ % x time count."""
    toks = _toks(text)
    out = []
    for i, tok in enumerate(toks):
        parsed = _parse(tok)
        if parsed is None:
            continue
        value, kind, bare = parsed
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if len(tok) == 4 and set(tok) <= _DIGITS and 1900 <= int(tok) <= 2099 and nxt not in _UNITS:
            continue
        if bare and nxt in _MULT:
            value *= _MULT[nxt]
        unit = {"$": "$", "%": "%", "x": "x", "n": ""}[kind]
        if bare and kind == "n" and nxt == "percent":
            unit = "%"
        cat = unit or ("time" if bare and nxt in _TIME else "points" if bare and nxt in _POINTS
                       else "count")
        out.append((i, value, unit, cat))
    return out


def _n_outcome(text):
    return sum(1 for f in _figs(text) if f[3] != "count")


def _n_count(text):
    return sum(1 for f in _figs(text) if f[3] == "count")


def _scoped(text):
    toks = [t.lower() for t in _toks(text)]
    for i, _, _, cat in _figs(text):
        if cat == "count" and any(t in _NOUNS for t in toks[i + 1:i + 4]):
            return True
    return _ORG.search(text.lower()) is not None


def _passive(text):
    w = [t.lower() for t in _toks(text)]
    for i, word in enumerate(w):
        if word not in _BE or i + 1 >= len(w):
            continue
        nxt = w[i + 1]
        if len(nxt) > 2 and nxt.endswith("ly"):
            if i + 2 >= len(w):
                continue
            nxt = w[i + 2]
        if nxt in _IRREG or (len(nxt) > 3 and nxt[-2:] in ("ed", "en") and nxt not in _NOTPP
                             and _re.fullmatch(r"[a-z]+(-[a-z]+)*", nxt)):
            return True
    return False


def _n_words(text):
    return sum(1 for t in text.split() if any(c.isalnum() for c in t))


def _n_buzz(text):
    if _n_outcome(text):
        return 0
    low = " ".join(text.lower().split())
    edge_before, edge_after = r"(?<![A-Za-z0-9_-])", r"(?![A-Za-z0-9_-])"
    return sum(1 for b in _BUZZ if _re.search(edge_before + _re.escape(b) + edge_after, low))


def _score(text):
    s = 3 * _opens_strong(text) - 3 * _opens_weak(text)
    s += 2 * min(_n_outcome(text), 3) + min(_n_count(text), 2)
    s += 2 * _scoped(text) - 2 * _passive(text) - _n_buzz(text)
    s -= 2 * (not 10 <= _n_words(text) <= 30)
    return s


_EXPLICIT = [
    "Cut costs by 10%, 20%, 30%, 40% and 50% for the team, saving $1M, $2M and 3 hours.",
    "Analyzed 1 user, 2 users, 3 users, 4 users and 5 users across 6 stores and 7 rows.",
    "Reports were automated and were quickly adopted and was built by the team with 5 users.",
    "Leveraged innovative, robust, data-driven, cutting-edge, strategic synergies significantly.",
    "Leveraged innovative, robust, data-driven methods that cut costs by 12% for the team.",
    "Built " + "a very long sentence about the work " * 5 + "that cut costs by 12%.",
]
for _text in _EXPLICIT:
    _expect_score(_text, _score(_text))

_rng = np.random.default_rng(7407)
_HEAVY = ["by 12%", "$1.2M", "3x", "4 hours", "20%", "$800K", "2M users", "1,200 SKUs", "5 stores",
          "10k rows", "was adopted", "were rolled out", "innovative", "robust", "synergy",
          "significantly", "the team", "and"]
for _case in range(300):
    _n = int(_rng.integers(3, 20))
    _text = str(_rng.choice(["Built", "Helped", "Used", "Cut"])) + " " + " ".join(
        str(p) for p in _rng.choice(_HEAVY, _n))
    _expect_score(_text, _score(_text))
### END HIDDEN TESTS

# %% [markdown]
# ## 5. Rank the bullets
# *Sorting by a score, ties and ranks*
#
# With a score, ordering a section is a sort, with the usual details to get right. Sort from
# the highest score down. Keep ties in the order they came in (a stable sort does that for
# free, as long as you do not add a tie-breaker of your own, such as the text). Give tied
# bullets the same rank, and let the next rank skip, as in a sports table: 1, 2, 2, 4
# ("standard competition ranking"), not 1, 2, 2, 3. And return a new list: the caller's list
# is their resume, and a function that reorders it behind their back is a bug.
#
# **Question.** Complete `def rank_bullets(bullets, score=None):`. `bullets` is a list (or
# any sequence) of strings, duplicates allowed; `score` is a function that takes one bullet
# and returns a number, and when it is `None` use your `impact_score`. Return a new list of
# `(rank, score, bullet)` tuples, one per bullet, ordered by score from highest to lowest,
# equal scores keeping their input order. The rank of a bullet is 1 plus the number of
# bullets with a strictly higher score. Leave `bullets` unchanged; an empty input gives `[]`.
# For example, `rank_bullets(["x", "yy", "z"], score=len)` returns
# `[(1, 2, "yy"), (2, 1, "x"), (2, 1, "z")]`.

# %% nbgrader={"grade_id": "rank_bullets", "solution": true}
def rank_bullets(bullets, score=None):
    """(rank, score, bullet) tuples, best first; ties keep their input order and share a rank."""
    ### BEGIN SOLUTION
    score = impact_score if score is None else score
    scored = [(score(bullet), position, bullet) for position, bullet in enumerate(bullets)]
    scored.sort(key=lambda item: (-item[0], item[1]))
    ranked = []
    for place, (value, _, bullet) in enumerate(scored, start=1):
        rank = ranked[-1][0] if ranked and ranked[-1][1] == value else place
        ranked.append((rank, value, bullet))
    return ranked
    ### END SOLUTION


# %% nbgrader={"grade_id": "rank_bullets_test", "grade": true, "points": 2}
# Order and ranks.
_got = rank_bullets(["aa", "b", "ccc"], score=len)
assert isinstance(_got, list), f"rank_bullets should return a list, not a {type(_got).__name__}"
assert [tuple(item) for item in _got] == [(1, 3, "ccc"), (2, 2, "aa"), (3, 1, "b")], (
    f"rank_bullets(['aa', 'b', 'ccc'], score=len) returned {_got}: highest score first, "
    "as (rank, score, bullet) tuples"
)
assert rank_bullets([], score=len) == [], "an empty list of bullets should give []"
### BEGIN HIDDEN TESTS
def _reference_ranking(bullets, score):
    _values = [score(_b) for _b in bullets]
    _out = []
    for _v in sorted(set(_values), reverse=True):
        _rank = 1 + sum(1 for _w in _values if _w > _v)
        _out += [(_rank, _v, _b) for _b, _w in zip(bullets, _values) if _w == _v]
    return _out


_rng = np.random.default_rng(7507)
for _case in range(200):
    _n = int(_rng.integers(1, 25))
    _bullets = [f"bullet {int(_k)}" for _k in _rng.integers(0, 40, _n)]
    _table = {_b: int(_rng.integers(-3, 4)) for _b in _bullets}
    _before = list(_bullets)
    _got = rank_bullets(_bullets, score=_table.__getitem__)
    assert _bullets == _before, (
        "rank_bullets changed the list it was given: build and return a new one"
    )
    assert isinstance(_got, list) and all(
        isinstance(_i, (tuple, list)) and len(_i) == 3 for _i in _got), (
        "rank_bullets should return a list of (rank, score, bullet) tuples"
    )
    _want = _reference_ranking(_bullets, _table.__getitem__)
    assert [_i[2] for _i in _got] == [_w[2] for _w in _want], (
        f"on a list of {_n} bullets with tied scores, the order is wrong: highest score first, "
        "and equal scores in their input order"
    )
    assert [tuple(_i) for _i in _got] == _want, (
        f"on a list of {_n} bullets with tied scores, the order is right but some ranks or scores "
        "are not: tied bullets share a rank, and the next rank skips (1, 2, 2, 4)"
    )
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "rank_bullets_test_2", "grade": true, "points": 1}
# Ties, the input left alone, and the default score.
_bullets = ["x", "yy", "z", "w"]
_got = rank_bullets(_bullets, score=len)
assert [tuple(item) for item in _got] == [(1, 2, "yy"), (2, 1, "x"), (2, 1, "z"), (2, 1, "w")], (
    f"rank_bullets(['x', 'yy', 'z', 'w'], score=len) returned {_got}: tied bullets keep their "
    "input order and share a rank"
)
assert _bullets == ["x", "yy", "z", "w"], "rank_bullets changed the list it was given"
### BEGIN HIDDEN TESTS
_sample = ("b", "a", "b", "ccc", "a", "dd")
_got = rank_bullets(_sample, score=len)
assert [tuple(_i) for _i in _got] == [(1, 3, "ccc"), (2, 2, "dd"), (3, 1, "b"), (3, 1, "a"),
                                      (3, 1, "b"), (3, 1, "a")], (
    "with a tuple of bullets holding duplicates, every bullet must appear once per occurrence, "
    "ties in input order"
)
_sample = ["Zebra bullet", "apple bullet", "Mango", "banana bullet"]
_got = rank_bullets(_sample, score=lambda _b: 1)
assert [tuple(_i) for _i in _got] == [(1, 1, _b) for _b in _sample], (
    "when all scores tie, every bullet has rank 1 and the input order stays (no sorting by text)"
)
_saved_impact_score = impact_score
try:
    impact_score = lambda _b: -len(_b)  # noqa: E731 (a stand-in, to check that score=None uses it)
    _got = rank_bullets(["aaa", "b", "cc"])
finally:
    impact_score = _saved_impact_score
assert [tuple(_i) for _i in _got] == [(1, -1, "b"), (2, -2, "cc"), (3, -3, "aaa")], (
    "with score=None, rank_bullets should score each bullet with impact_score (looked up when "
    "rank_bullets runs)"
)
### END HIDDEN TESTS

# %% [markdown]
# ## 6. Your resume plan
# *Choosing the three achievements that lead, and what they prove*
#
# The recruiter screen opens with "walk me through your resume", and the behavioral rounds
# keep coming back to the same few achievements, each time asking about a different
# principle. So choose them on purpose. Pick the role you are aiming at, read its posting, and
# note the skills and domain words it repeats: those are your `role_keywords`, and your top
# bullets should show them in use, not list them. Then choose the **three achievements** that
# best prove you can do that job: for each, the bullet as it will appear on the resume, the
# metric it moved (in words, with the figure), and the one or two Leadership Principles it
# demonstrates. Show the principles through what you did ("persuaded", "cut cost", "traced
# the cause") rather than by naming them in the bullet; a resume that says "Customer Obsessed"
# convinces nobody. This time the achievements must be yours, with figures you can defend.
#
# **The principles.** Tag each achievement with one or two of these 16 names, kept in
# `PRINCIPLES` (letter case, extra spaces, commas, semicolons and the apostrophe style do not
# matter):
#
# | | | | |
# |---|---|---|---|
# | Customer Obsession | Ownership | Invent and Simplify | Are Right, A Lot |
# | Learn and Be Curious | Hire and Develop the Best | Insist on the Highest Standards | Think Big |
# | Bias for Action | Frugality | Earn Trust | Dive Deep |
# | Have Backbone; Disagree and Commit | Deliver Results | Strive to be Earth's Best Employer | Success and Scale Bring Broad Responsibility |
#
# **Question.** Assign a dict `resume_plan` with these three keys (others are ignored):
#
# ```python
# resume_plan = {
#     "target_role": "...",    # the role you are aiming at: 2 to 10 words
#     "role_keywords": [...],  # 3 to 8 different skills or domain words of its posting
#     "achievements": [        # exactly 3, strongest first
#         {
#             "bullet": "...",      # the resume line: passes every rule of review_bullet
#             "metric": "...",      # what moved, in 2 to 20 words, with an outcome figure
#             "principles": [...],  # 1 or 2 names from PRINCIPLES
#         },
#         ...
#     ],
# }
# ```
#
# The tests check: the structure above, with three different bullets (1 point); that every
# bullet passes all six rules (2 points); and (1 point) that each `metric` contains, as
# written, one of the outcome figures that `outcome_figures(bullet)` finds in its bullet (for
# instance `"weekly planning time, from 2 days to 3 hours"` for a bullet whose outcome figures
# are `['2 days', '3 hours']`), that every tag is one of the 16 names with no name twice in an
# achievement, that the three achievements show at least 3 different principles between
# them, and that at least 3 of your `role_keywords` appear in the bullets (as case-insensitive
# substrings). Run the next cell, then `review_plan(resume_plan)` as you write.

# %% nbgrader={"grade_id": "plan_checks", "locked": true}
# The rules of the resume plan, as one function you can call while you write. The 16 principle
# names and the matching of a tag to one of them are the week 7 story bank's (autograde/stories.py).
from autograde.stories import PRINCIPLES, principle_name


def review_plan(plan):
    """Every problem in a resume plan, as a list of sentences ([] means every rule is met)."""
    if not isinstance(plan, dict):
        return [f"resume_plan should be a dict, not a {type(plan).__name__}"]
    problems = []
    missing = [key for key in ("target_role", "role_keywords", "achievements") if key not in plan]
    if missing:
        problems.append(f"missing key(s): {', '.join(map(repr, missing))}")
    role = plan.get("target_role")
    if "target_role" in plan and not (isinstance(role, str) and 2 <= word_count(role) <= 10):
        problems.append("target_role should be a text of 2 to 10 words, such as "
                        "'Data Scientist, Pricing'")
    keywords = plan.get("role_keywords")
    keywords_ok = (isinstance(keywords, list) and all(isinstance(k, str) for k in keywords))
    if "role_keywords" in plan and not keywords_ok:
        problems.append("role_keywords should be a list of strings")
    elif keywords_ok:
        if not 3 <= len(keywords) <= 8:
            problems.append(f"role_keywords has {len(keywords)} entries; list 3 to 8")
        if len({k.strip().casefold() for k in keywords}) != len(keywords):
            problems.append("role_keywords lists the same keyword twice")
        for keyword in keywords:
            if not 1 <= word_count(keyword) <= 4:
                problems.append(f"the keyword {keyword!r} should have 1 to 4 words")
    achievements = plan.get("achievements")
    if "achievements" in plan and not (isinstance(achievements, list) and len(achievements) == 3
                                       and all(isinstance(a, dict) for a in achievements)):
        problems.append("achievements should be a list of exactly 3 dicts")
        return problems
    if achievements is None:
        return problems
    bullets, tagged = [], set()
    for n, achievement in enumerate(achievements, start=1):
        absent = [key for key in ("bullet", "metric", "principles") if key not in achievement]
        if absent:
            problems.append(f"achievement {n} has no {', '.join(absent)}")
            continue
        bullet, metric = achievement["bullet"], achievement["metric"]
        tags = achievement["principles"]
        if not isinstance(bullet, str):
            problems.append(f"achievement {n}: the bullet should be a str")
            continue
        bullets.append(bullet)
        problems += [f"achievement {n}: {problem}" for problem in review_bullet(bullet)]
        if not (isinstance(metric, str) and 2 <= word_count(metric) <= 20):
            problems.append(f"achievement {n}: the metric should be a text of 2 to 20 words")
        elif not any(figure in metric for figure in outcome_figures(bullet)):
            shown = outcome_figures(bullet)
            problems.append(f"achievement {n}: the metric should name what moved and contain one "
                            "of the bullet's outcome figures as written "
                            f"({shown or 'it has none yet'})")
        if not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
            problems.append(f"achievement {n}: principles should be a list of 1 or 2 names")
            continue
        if not 1 <= len(tags) <= 2:
            problems.append(f"achievement {n} has {len(tags)} principles; keep the 1 or 2 it "
                            "shows best")
        names = [principle_name(t) for t in tags]
        for tag, name in zip(tags, names):
            if name is None:
                problems.append(f"achievement {n}: {tag!r} is not one of the 16 names "
                                "in PRINCIPLES")
        if len(set(names)) != len(names):
            problems.append(f"achievement {n} names the same principle twice")
        tagged |= {name for name in names if name}
    if len({" ".join(b.split()).casefold() for b in bullets}) != len(bullets):
        problems.append("two achievements have the same bullet: choose three different ones")
    if len(bullets) == 3 and len(tagged) < 3:
        problems.append(f"the three achievements show {len(tagged)} different principle(s); "
                        "show at least 3 between them")
    if keywords_ok and bullets:
        text = " ".join(bullets).casefold()
        used = [k for k in keywords if k.strip() and k.strip().casefold() in text]
        if len(used) < 3:
            problems.append(f"only {len(used)} of your role_keywords appear in the bullets; "
                            "show at least 3 of the posting's skills in use")
    return problems

# %% nbgrader={"grade_id": "resume_plan", "solution": true}
### BEGIN SOLUTION
resume_plan = {
    "target_role": "Data Scientist, Supply Chain Forecasting",
    "role_keywords": ["forecast", "inventory", "A/B", "Python", "SQL", "stakeholders"],
    "achievements": [
        {
            "bullet": "Rebuilt the replenishment forecast for 3,400 pharmacy SKUs in Python, "
                      "cutting forecast error by 11% and freeing $2.6M of inventory a year.",
            "metric": "weighted forecast error down 11% against the old model",
            "principles": ["Dive Deep", "Deliver Results"],
        },
        {
            "bullet": "Ran 8 A/B tests of reorder rules across 5 regions, shipping 2 that cut "
                      "stock-outs by 17% at no extra inventory cost.",
            "metric": "stock-out rate on promoted items down 17%",
            "principles": ["Bias for Action", "Customer Obsession"],
        },
        {
            "bullet": "Persuaded 6 category managers to replace spreadsheet ordering with a "
                      "forecast-driven tool, cutting weekly planning from 2 days to 3 hours.",
            "metric": "weekly planning time, from 2 days to 3 hours",
            "principles": ["Earn Trust", "Invent and Simplify"],
        },
    ],
}
### END SOLUTION

# %% nbgrader={"grade_id": "resume_plan_test", "grade": true, "points": 1}
# The structure: a role, its keywords, three different achievements.
assert isinstance(resume_plan, dict), "resume_plan should be a dict"
_missing = [key for key in ("target_role", "role_keywords", "achievements")
            if key not in resume_plan]
assert not _missing, f"resume_plan is missing the key(s) {_missing}"
_achievements = resume_plan["achievements"]
assert isinstance(_achievements, list) and len(_achievements) == 3, (
    "achievements should be a list of exactly 3 dicts: your three strongest achievements"
)
for _n, _a in enumerate(_achievements, start=1):
    assert isinstance(_a, dict) and {"bullet", "metric", "principles"} <= set(_a), (
        f"achievement {_n} should be a dict with the keys 'bullet', 'metric' and 'principles'"
    )
### BEGIN HIDDEN TESTS
def _n_words(text):
    return sum(1 for _t in text.split() if any(_c.isalnum() for _c in _t))


_role = resume_plan["target_role"]
assert isinstance(_role, str) and 2 <= _n_words(_role) <= 10, (
    "target_role should be a text of 2 to 10 words"
)
_keywords = resume_plan["role_keywords"]
assert isinstance(_keywords, list) and all(isinstance(_k, str) for _k in _keywords), (
    "role_keywords should be a list of strings"
)
assert 3 <= len(_keywords) <= 8, "role_keywords should hold 3 to 8 keywords"
assert len({_k.strip().casefold() for _k in _keywords}) == len(_keywords), (
    "role_keywords has a duplicate"
)
assert all(1 <= _n_words(_k) <= 4 for _k in _keywords), "each keyword should have 1 to 4 words"
for _n, _a in enumerate(_achievements, start=1):
    assert isinstance(_a["bullet"], str) and _a["bullet"].strip(), (
        f"achievement {_n}: the bullet should be a text"
    )
    assert isinstance(_a["metric"], str) and 2 <= _n_words(_a["metric"]) <= 20, (
        f"achievement {_n}: the metric should be a text of 2 to 20 words"
    )
    assert isinstance(_a["principles"], list) and all(
        isinstance(_p, str) for _p in _a["principles"]), (
        f"achievement {_n}: principles should be a list of names"
    )
_norms = {" ".join(_a["bullet"].split()).casefold() for _a in _achievements}
assert len(_norms) == 3, "two achievements share a bullet: choose three different achievements"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "resume_plan_test_2", "grade": true, "points": 2}
# Every bullet passes the six rules.
assert isinstance(resume_plan, dict) and isinstance(resume_plan.get("achievements"), list), (
    "resume_plan should be a dict with a list of achievements (see the first test)"
)
_bullets = {f"achievement {n}": a.get("bullet") if isinstance(a, dict) else None
            for n, a in enumerate(resume_plan["achievements"], start=1)}
_found = problems_in(_bullets)
assert not _found, "Some bullets of the plan are not strong yet:\n" + explain(_found)
### BEGIN HIDDEN TESTS
import re as _re

_LEAD, _TRAIL = "(\"'[\u201c\u2018", ".,;:!?)\"']\u201d\u2019"
_MARKS = " \t\r\n-*\u2022\u2013\u2014"
_STRONG = set("""
accelerated achieved added aligned analysed analyzed architected assessed audited authored
automated benchmarked boosted built calculated calibrated captured championed cleaned coached
compiled computed conceived conducted consolidated constructed converted coordinated created
curated cut debugged decreased deduplicated defined delivered deployed designed detected developed
devised diagnosed directed discovered doubled drove eliminated enabled engineered enhanced
established estimated evaluated expanded expedited extended extracted fixed forecasted formulated
found founded generated grew guided halved headed hired identified implemented improved increased
influenced initiated instrumented integrated interpreted introduced invented investigated launched
led lowered managed mapped maximised maximized measured mentored migrated minimised minimized
modeled modelled modernised modernized monitored negotiated optimised optimized orchestrated
organised organized overhauled owned partnered persuaded piloted pioneered planned predicted
presented prevented prioritised prioritized productionised productionized proposed prototyped
proved published quantified raised ran rebuilt reconciled recovered redesigned reduced refactored
removed replaced resolved restructured retired revamped rewrote saved scaled scoped secured
segmented shipped shortened simplified slashed solved spearheaded stabilised stabilized
standardised standardized streamlined strengthened synthesised synthesized taught tested traced
trained transformed translated tripled tuned uncovered unified upgraded validated visualised
visualized won wrote
""".split())
_WEAK = ["responsible for", "was responsible for", "in charge of", "tasked with", "duties included",
         "helped", "assisted", "worked on", "worked with", "worked in", "participated in",
         "was involved in", "involved in", "contributed to", "supported", "handled", "did", "tried",
         "attempted", "exposure to", "familiar with", "part of", "member of", "used", "utilized",
         "utilised", "leveraged"]
_DIGITS = set("0123456789")
_MULT = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_TIME = set("ms millisecond milliseconds second seconds sec secs minute minutes min mins hour "
            "hours hr hrs day days week weeks month months quarter quarters year years".split())
_POINTS = {"pp", "point", "points", "percentage", "bps"}
_UNITS = set(_MULT) | {"percent"} | _TIME | _POINTS
_NOUNS = set("""user customer seller buyer shopper member subscriber account merchant vendor
supplier partner advertiser driver employee analyst engineer scientist stakeholder manager team
row record event transaction order session table dataset feature document image review
interaction click impression listing product sku item store warehouse market region site brand
campaign model dashboard pipeline experiment test report page service metric""".split())
_NOUNS |= {n + "s" for n in _NOUNS} | {"person", "people", "query", "queries", "country",
                                        "countries", "city", "cities", "category", "categories"}
_ORG = _re.compile(r"(?<![A-Za-z0-9_])(?:team|teams|org|orgs|organization|organizations|"
                   r"organisation|organisations|department|departments|division|divisions|"
                   r"business unit|business units|company-wide|org-wide|cross-functional|"
                   r"leadership|executive|executives|vp|vps)(?![A-Za-z0-9_])")
_BE = {"am", "is", "are", "was", "were", "be", "been", "being"}
_IRREG = set("""built made done led run set sent taken given shown written chosen known seen found
held kept sold bought brought taught told won put cut spent paid read left lost met drawn driven
grown begun broken frozen hidden spoken understood""".split())
_NOTPP = set("""often open even seven eleven been need seed speed feed indeed green between screen
token kitchen children citizen dozen garden golden wooden listen happen women oxygen hyphen
thirteen fourteen fifteen sixteen seventeen eighteen nineteen""".split())
_BUZZ = ["synergy", "synergies", "leverage", "leveraged", "leveraging", "data-driven",
         "results-driven", "results-oriented", "detail-oriented", "team player", "self-starter",
         "go-getter", "hard-working", "hardworking", "passionate", "dynamic", "innovative",
         "cutting-edge", "state-of-the-art", "best-in-class", "world-class", "next-generation",
         "game-changing", "game-changer", "disruptive", "seamless", "seamlessly", "robust",
         "impactful", "significant", "significantly", "substantial", "substantially",
         "dramatically", "massively", "various", "numerous", "strategic", "thought leader",
         "value-add", "holistic", "actionable"]


def _toks(text):
    out = []
    for raw in text.split():
        a, b = 0, len(raw)
        while a < b and raw[a] in _LEAD:
            a += 1
        while b > a and raw[b - 1] in _TRAIL:
            b -= 1
        out.append(raw[a:b])
    return out


def _opens_strong(text):
    toks = _toks(text.lstrip(_MARKS))
    return bool(toks) and toks[0].lower() in _STRONG


def _opens_weak(text):
    words = text.lstrip(_MARKS).lower().split()
    for phrase in _WEAK:
        n = len(phrase.split())
        head = words[:n]
        if len(head) == n and head[:-1] == phrase.split()[:-1]:
            last = head[-1]
            target = phrase.split()[-1]
            rest = last[len(target):]
            if last.startswith(target) and not (rest[:1].isalnum() or rest[:1] in ("-", "_")):
                return True
    return False


def _number_ok(s):
    whole, dot, frac = s.partition(".")
    if dot and (not frac or not set(frac) <= _DIGITS):
        return False
    groups = whole.split(",")
    if not groups[0] or not set("".join(groups)) <= _DIGITS:
        return False
    if len(groups) > 1:
        return len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    return True


def _parse(tok):
    """None, or (value, kind, bare) for a figure token; kind in $ % x n."""
    s = tok
    if s.startswith("~"):
        s = s[1:]
    if s.endswith("+"):
        s = s[:-1]
    money = s.startswith("$")
    if money:
        s = s[1:]
    kind, mult, bare = ("$" if money else "n"), 1.0, True
    if s.endswith("bn"):
        s, mult, bare = s[:-2], 1e9, False
    elif s[-1:] in ("k", "K", "M", "B"):
        s, mult, bare = s[:-1], {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9}[s[-1]], False
    elif s[-1:] in ("%", "x", "X"):
        if money:
            return None
        s, kind, bare = s[:-1], ("%" if s[-1] == "%" else "x"), False
    if not _number_ok(s):
        return None
    return float(s.replace(",", "")) * mult, kind, bare


def _figs(text):
    """[(index, value, unit, kind)] with unit in $ % x '' and kind in $ % x time count."""
    toks = _toks(text)
    out = []
    for i, tok in enumerate(toks):
        parsed = _parse(tok)
        if parsed is None:
            continue
        value, kind, bare = parsed
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if len(tok) == 4 and set(tok) <= _DIGITS and 1900 <= int(tok) <= 2099 and nxt not in _UNITS:
            continue
        if bare and nxt in _MULT:
            value *= _MULT[nxt]
        unit = {"$": "$", "%": "%", "x": "x", "n": ""}[kind]
        if bare and kind == "n" and nxt == "percent":
            unit = "%"
        cat = unit or ("time" if bare and nxt in _TIME else "points" if bare and nxt in _POINTS
                       else "count")
        out.append((i, value, unit, cat))
    return out


def _n_outcome(text):
    return sum(1 for f in _figs(text) if f[3] != "count")


def _n_count(text):
    return sum(1 for f in _figs(text) if f[3] == "count")


def _scoped(text):
    toks = [t.lower() for t in _toks(text)]
    for i, _, _, cat in _figs(text):
        if cat == "count" and any(t in _NOUNS for t in toks[i + 1:i + 4]):
            return True
    return _ORG.search(text.lower()) is not None


def _passive(text):
    w = [t.lower() for t in _toks(text)]
    for i, word in enumerate(w):
        if word not in _BE or i + 1 >= len(w):
            continue
        nxt = w[i + 1]
        if len(nxt) > 2 and nxt.endswith("ly"):
            if i + 2 >= len(w):
                continue
            nxt = w[i + 2]
        if nxt in _IRREG or (len(nxt) > 3 and nxt[-2:] in ("ed", "en") and nxt not in _NOTPP
                             and _re.fullmatch(r"[a-z]+(-[a-z]+)*", nxt)):
            return True
    return False


def _n_words(text):
    return sum(1 for t in text.split() if any(c.isalnum() for c in t))


def _n_buzz(text):
    if _n_outcome(text):
        return 0
    low = " ".join(text.lower().split())
    edge_before, edge_after = r"(?<![A-Za-z0-9_-])", r"(?![A-Za-z0-9_-])"
    return sum(1 for b in _BUZZ if _re.search(edge_before + _re.escape(b) + edge_after, low))


assert len(_bullets) == 3, "the plan should have exactly 3 achievements"
for _label, _text in _bullets.items():
    assert isinstance(_text, str), f"{_label}: the bullet should be a str"
    assert _opens_strong(_text) and not _opens_weak(_text), (
        f"{_label}: open with a strong action verb"
    )
    assert _n_outcome(_text) >= 1, (
        f"{_label}: the bullet needs an outcome figure (a %, $, points, multiplier or time)"
    )
    assert _scoped(_text), f"{_label}: the bullet shows no scope"
    assert 10 <= _n_words(_text) <= 30, f"{_label}: keep the bullet between 10 and 30 words"
    assert not _passive(_text), f"{_label}: the bullet uses the passive voice"
    assert _n_buzz(_text) == 0, f"{_label}: the bullet leans on buzzwords with no evidence"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "resume_plan_test_3", "grade": true, "points": 1}
# Metrics with figures, valid principles, keywords in use.
_found = review_plan(resume_plan)
assert not _found, "The plan still has problems:\n" + explain(_found)
### BEGIN HIDDEN TESTS
import re as _re

_LEAD, _TRAIL = "(\"'[\u201c\u2018", ".,;:!?)\"']\u201d\u2019"
_MARKS = " \t\r\n-*\u2022\u2013\u2014"
_DIGITS = set("0123456789")
_MULT = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_TIME = set("ms millisecond milliseconds second seconds sec secs minute minutes min mins hour "
            "hours hr hrs day days week weeks month months quarter quarters year years".split())
_POINTS = {"pp", "point", "points", "percentage", "bps"}
_UNITS = set(_MULT) | {"percent"} | _TIME | _POINTS


def _toks(text):
    out = []
    for raw in text.split():
        a, b = 0, len(raw)
        while a < b and raw[a] in _LEAD:
            a += 1
        while b > a and raw[b - 1] in _TRAIL:
            b -= 1
        out.append(raw[a:b])
    return out


def _number_ok(s):
    whole, dot, frac = s.partition(".")
    if dot and (not frac or not set(frac) <= _DIGITS):
        return False
    groups = whole.split(",")
    if not groups[0] or not set("".join(groups)) <= _DIGITS:
        return False
    if len(groups) > 1:
        return len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    return True


def _parse(tok):
    """None, or (value, kind, bare) for a figure token; kind in $ % x n."""
    s = tok
    if s.startswith("~"):
        s = s[1:]
    if s.endswith("+"):
        s = s[:-1]
    money = s.startswith("$")
    if money:
        s = s[1:]
    kind, mult, bare = ("$" if money else "n"), 1.0, True
    if s.endswith("bn"):
        s, mult, bare = s[:-2], 1e9, False
    elif s[-1:] in ("k", "K", "M", "B"):
        s, mult, bare = s[:-1], {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9}[s[-1]], False
    elif s[-1:] in ("%", "x", "X"):
        if money:
            return None
        s, kind, bare = s[:-1], ("%" if s[-1] == "%" else "x"), False
    if not _number_ok(s):
        return None
    return float(s.replace(",", "")) * mult, kind, bare


def _figs(text):
    """[(index, value, unit, kind)] with unit in $ % x '' and kind in $ % x time count."""
    toks = _toks(text)
    out = []
    for i, tok in enumerate(toks):
        parsed = _parse(tok)
        if parsed is None:
            continue
        value, kind, bare = parsed
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if len(tok) == 4 and set(tok) <= _DIGITS and 1900 <= int(tok) <= 2099 and nxt not in _UNITS:
            continue
        if bare and nxt in _MULT:
            value *= _MULT[nxt]
        unit = {"$": "$", "%": "%", "x": "x", "n": ""}[kind]
        if bare and kind == "n" and nxt == "percent":
            unit = "%"
        cat = unit or ("time" if bare and nxt in _TIME else "points" if bare and nxt in _POINTS
                       else "count")
        out.append((i, value, unit, cat))
    return out


def _n_outcome(text):
    return sum(1 for f in _figs(text) if f[3] != "count")


def _n_count(text):
    return sum(1 for f in _figs(text) if f[3] == "count")


def _outcome_written(text):
    toks = _toks(text)
    out = []
    for i, _, unit, cat in _figs(text):
        if cat == "count":
            continue
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        bare, money = _parse(tok)[2], unit == "$"
        if bare and (nxt.lower() in _MULT or (not money and nxt.lower() in _UNITS)):
            out.append(tok + " " + nxt)
        else:
            out.append(tok)
    return out


_OFFICIAL = [
    "customer obsession", "ownership", "invent and simplify", "are right a lot",
    "learn and be curious", "hire and develop the best", "insist on the highest standards",
    "think big", "bias for action", "frugality", "earn trust", "dive deep",
    "have backbone disagree and commit", "deliver results", "strive to be earth's best employer",
    "success and scale bring broad responsibility",
]


def _canonical(tag):
    for _sep in (",", ";"):
        tag = tag.replace(_sep, " ")
    return " ".join(tag.replace("\u2019", "'").lower().split())


_shown = set()
for _n, _a in enumerate(resume_plan["achievements"], start=1):
    _written = _outcome_written(_a["bullet"])
    assert any(_w in _a["metric"] for _w in _written), (
        f"achievement {_n}: the metric does not contain any outcome figure of its bullet, "
        "as written"
    )
    _tags = _a["principles"]
    assert 1 <= len(_tags) <= 2, f"achievement {_n}: tag 1 or 2 principles"
    _names = [_canonical(_t) for _t in _tags]
    assert all(_name in _OFFICIAL for _name in _names), (
        f"achievement {_n}: a tag is not one of the 16 names"
    )
    assert len(set(_names)) == len(_names), f"achievement {_n}: a principle is tagged twice"
    _shown |= set(_names)
assert len(_shown) >= 3, (
    f"the achievements show {len(_shown)} different principle(s); at least 3 are needed"
)
_all = " ".join(_a["bullet"] for _a in resume_plan["achievements"]).lower()
_used = [_k for _k in resume_plan["role_keywords"] if _k.strip() and _k.strip().lower() in _all]
assert len(_used) >= 3, (
    f"only {len(_used)} role keyword(s) appear in the bullets; at least 3 are needed"
)
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade_id": "resume_plan_rubric", "task": true, "points": 4}
# ### Rubric: the substance of the plan (4 points, graded by a person)
#
# The tests check form. A reviewer (a mentor, a peer who has hired data scientists, or you a
# few days from now) reads the plan and the posting it targets, then asks one follow-up per
# achievement, as a recruiter would. One point each:
#
# - **Defensible figures (1).** Every figure has a baseline or a comparison ("against the old
#   model", "versus the holdout"), a time window and a measurement you can explain in two
#   sentences. 0 if any figure is vague on probing, or looks inflated (a 300% lift, a whole
#   company's revenue).
# - **Your contribution (1).** Each bullet claims what you did and credits the rest honestly:
#   "Persuaded 6 category managers" rather than the whole programme's result. 0 if the verb
#   describes the team's work or the figures belong to someone else's project.
# - **Fit to the role (1).** The three achievements are the ones this posting cares most
#   about, strongest first, and the keywords appear as skills in use, not as a list of tools.
#   0 if a stronger, more relevant achievement of yours is missing from the top three.
# - **Principles shown, not named (1).** The principle tags are visible in what the bullet
#   says you did (a decision you drove, a cause you traced, a cost you cut), and each tag would
#   survive "tell me more about that"; no principle name or buzzword appears in the bullets
#   themselves. 0 if the tags are decorative.

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week07/resume_impact.ipynb`. Then ask someone to score
#   your plan with the rubric.
# - Run every bullet of your real resume through `show_review`, and `rank_bullets` each
#   section: the top bullet of each role should be your strongest, and anything scoring below
#   5 needs a rewrite or a cut.
# - For each figure on your resume, write one line on how it was measured and against what.
#   If you cannot, soften the claim or replace it with the scale.
# - Your three plan achievements are also stories: the STAR story bank in this week's other
#   notebook is where each one grows into a two-minute answer, with the same figures.
