"""The rules of a STAR interview story, as checks that answer in sentences.

A story is a dict with the keys ``title``, ``situation``, ``task``, ``action``, ``result``,
``principles`` (1 to 3 of the 16 Leadership Principle names) and ``prompts`` (keys of
``PROMPTS``). Each ``check_*`` function takes one story and returns a list of problems, each
a sentence saying what to fix; an empty list means the rule is met. ``review_story`` runs
them all. The bank-level rules (size, principle coverage, common prompts) and the printed
report live in ``autograde.story_bank``.

Used by week07/star_story_bank (the story bank) and week08/full_loop_mock (the behavioral
and bar-raiser rounds of the mock loop).
"""

import difflib
import re


# The 16 Leadership Principles, in the official order and spelling.
PRINCIPLES = (
    "Customer Obsession",
    "Ownership",
    "Invent and Simplify",
    "Are Right, A Lot",
    "Learn and Be Curious",
    "Hire and Develop the Best",
    "Insist on the Highest Standards",
    "Think Big",
    "Bias for Action",
    "Frugality",
    "Earn Trust",
    "Dive Deep",
    "Have Backbone; Disagree and Commit",
    "Deliver Results",
    "Strive to be Earth's Best Employer",
    "Success and Scale Bring Broad Responsibility",
)

# The six prompts every bank must answer, then optional keys for other frequent questions.
COMMON_PROMPTS = {
    "why_company": "Why this company, and why you would do well here",
    "incomplete_data": "A difficult decision you made with incomplete data",
    "disagree_manager": "A time you disagreed with your manager",
    "ownership": "A challenging project you took ownership of",
    "strengths_weaknesses": "Your strengths, and a weakness you are working on",
    "non_technical": "Explaining technical results to non-technical partners",
}
MORE_PROMPTS = {
    "failure": "A time you failed or got something wrong",
    "tight_deadline": "Delivering under a tight deadline",
    "customer_insight": "Changing course because of what customers needed",
    "deep_dive": "Finding the real cause behind a misleading number",
    "simplify": "Making a model, a process or a tool simpler",
    "mentoring": "Helping someone else grow",
    "high_standards": "Refusing to accept work that was not good enough",
    "earn_trust": "Building trust with a sceptical partner, or winning it back",
}
PROMPTS = {**COMMON_PROMPTS, **MORE_PROMPTS}

STORY_KEYS = ("title", "situation", "task", "action", "result", "principles", "prompts")
STAR_PARTS = ("situation", "task", "action", "result")
MIN_PART_WORDS = {"situation": 20, "task": 12, "action": 60, "result": 20}
PART_ADVICE = {
    "situation": "where you were, what was going on and what was at stake",
    "task": "what you personally owned or were asked to achieve",
    "action": "the steps you took and why you chose them",
    "result": "what changed, in figures, and what you learned",
}
MAX_TITLE_WORDS = 12
MIN_ACTION_SHARE = 0.40           # the action holds at least 40% of the spoken words
WORDS_PER_MINUTE = 140            # a calm interview pace
MIN_WORDS = 2 * WORDS_PER_MINUTE  # 280 words: 2 minutes
MAX_WORDS = 3 * WORDS_PER_MINUTE  # 420 words: 3 minutes
MIN_SINGULAR = 3                  # first-person singular words in the action, at least
MAX_TAGS = 3                      # principles per story, and prompt keys per story, at most

PLACEHOLDER = re.compile(
    r"\b(?:todo|tbd|tbc|lorem|ipsum|xxx+|fill me in|fill in)\b|\[\.\.\.\]", re.IGNORECASE
)
# A figure: digits not glued to a letter, a digit or a dot in front of them (so Q3, L6 and
# v2.1 are labels, not figures), with an optional currency sign before and unit after.
FIGURE = re.compile(
    r"(?P<currency>[$€£]\s?)?(?<![\w.])(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?P<unit>\s?(?:%|percent\b|pp\b|percentage points?\b|points?\b|x\b|times\b|[kKmMbB]\b"
    r"|thousand\b|million\b|billion\b|ms\b|seconds?\b|minutes?\b|hours?\b|days?\b|weeks?\b"
    r"|months?\b|quarters?\b|years?\b))?"
)
YEAR = re.compile(r"(?:19|20)\d\d")
WORD_TOKEN = re.compile(r"\S*[^\W_]\S*")  # a whitespace-separated token with a letter or digit
PRONOUN_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")  # I'm and we've stay one word
SINGULAR = {"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"}
PLURAL = {"we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll"}


def count_words(text):
    """Words in a text: whitespace-separated tokens with at least one letter or digit."""
    return len(WORD_TOKEN.findall(text))


def spoken_words(story):
    """Words said aloud: situation, task, action and result (the title and tags are not)."""
    return sum(count_words(story[part]) for part in STAR_PARTS if isinstance(story.get(part), str))


def result_figures(text):
    """The figures in a text as written ('82%', '$40k', '3 days', '1,200'), years left out."""
    found = []
    for match in FIGURE.finditer(text):
        bare = not match.group("currency") and not match.group("unit")
        if not (bare and YEAR.fullmatch(match.group("number"))):
            found.append(match.group(0).strip())
    return found


def first_person_counts(text):
    """(singular, plural): how often I/me/my/mine/myself and we/us/our/ours/ourselves occur."""
    words = PRONOUN_TOKEN.findall(text.replace("\u2019", "'"))
    singular = sum(1 for word in words if word.lower() in SINGULAR)
    plural = sum(1 for word in words if word.lower() in PLURAL and word != "US")  # US: the country
    return singular, plural


def _principle_key(name):
    """A principle name folded for comparison: case, spaces, , ; and ' style ignored."""
    plain = name.replace("\u2019", "'").replace(",", " ").replace(";", " ")
    return " ".join(plain.split()).casefold()


_PRINCIPLE_BY_KEY = {_principle_key(name): name for name in PRINCIPLES}


def principle_name(tag):
    """The official name a tag stands for, or None (case, spaces, , ; and ' style are free)."""
    return _PRINCIPLE_BY_KEY.get(_principle_key(tag)) if isinstance(tag, str) else None


def _is_list_of_str(value):
    """True for a list or tuple whose items are all strings (an empty one included)."""
    return isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value)


def _did_you_mean(word, options):
    """' (did you mean ...?)' with the closest option, or '' when none is close."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_structure(story):
    """Seven keys, four substantial STAR parts, no placeholders, an action that carries it."""
    if not isinstance(story, dict):
        return [f"a story must be a dict with the keys {', '.join(STORY_KEYS)}; "
                f"this one is a {type(story).__name__}"]
    problems = []
    missing = [key for key in STORY_KEYS if key not in story]
    if missing:
        problems.append(f"missing key(s) {', '.join(map(repr, missing))}: every story needs "
                        f"all seven ({', '.join(STORY_KEYS)})")
    title = story.get("title", "")
    if not isinstance(title, str) or not 1 <= count_words(title) <= MAX_TITLE_WORDS:
        problems.append(f"the title should be a short text of 1 to {MAX_TITLE_WORDS} words, "
                        "a handle you can recall under pressure")
    texts = {}
    for part in STAR_PARTS:
        if part not in story:
            continue
        text = story[part]
        if not isinstance(text, str):
            problems.append(f"the {part} should be text (a str), not a {type(text).__name__}")
            continue
        texts[part] = text
        n = count_words(text)
        if n < MIN_PART_WORDS[part]:
            problems.append(f"the {part} has {n} words; give it at least "
                            f"{MIN_PART_WORDS[part]}: {PART_ADVICE[part]}")
        marker = PLACEHOLDER.search(text)
        if marker:
            problems.append(f"the {part} still holds placeholder text ({marker.group(0)!r}): "
                            "replace it with the real detail")
    first_seen = {}
    for part, text in texts.items():
        key = " ".join(text.split()).casefold()
        if key in first_seen:
            problems.append(f"the {first_seen[key]} and the {part} are the same text: "
                            "each part has its own job")
        first_seen.setdefault(key, part)
    for key, example in (("principles", "['Ownership']"), ("prompts", "['ownership']")):
        if key in story and not _is_list_of_str(story[key]):
            problems.append(f"{key} should be a list of strings, e.g. {example}")
    if len(texts) == len(STAR_PARTS):
        total = sum(count_words(text) for text in texts.values())
        action = count_words(texts["action"])
        if total and action / total < MIN_ACTION_SHARE:
            problems.append(
                f"the action is only {action / total:.0%} of the story ({action} of {total} "
                f"words); make it at least {MIN_ACTION_SHARE:.0%}: trim the background in the "
                "situation and the task, and say more about what you did and why"
            )
    return problems


def check_result(story):
    """The result holds at least one figure (see result_figures)."""
    result = story.get("result") if isinstance(story, dict) else None
    if not isinstance(result, str):
        return ["there is no result text, so there is no outcome to quantify"]
    if result_figures(result):
        return []
    return ["the result has no figure: say what changed, in digits: a percentage (conversion "
            "up 12%), money ($40k a quarter), time (3 days faster) or a count (from 6 incidents "
            "a month to 1); years such as 2023 and labels such as Q3 do not count"]


def check_first_person(story):
    """The action says what *you* did: enough I/me/my, and more of them than we/us/our."""
    action = story.get("action") if isinstance(story, dict) else None
    if not isinstance(action, str):
        return ["there is no action text, so the interviewer cannot tell what you did"]
    singular, plural = first_person_counts(action)
    problems = []
    if singular < MIN_SINGULAR:
        problems.append(f"the action uses I/me/my only {singular} time(s); use them at least "
                        f"{MIN_SINGULAR} times: the interviewer is hiring you, not your team, "
                        "so say which steps were yours ('I built', 'I proposed', 'I told')")
    if singular <= plural:
        problems.append(f"the action says we/us/our {plural} time(s) and I/me/my only "
                        f"{singular}: make 'I' outnumber 'we', so that your own decisions "
                        "stand out from the team's")
    return problems


def check_length(story):
    """Told at WORDS_PER_MINUTE, the four STAR parts take 2 to 3 minutes."""
    if not isinstance(story, dict):
        return ["this is not a story dict, so it cannot be timed"]
    n = spoken_words(story)
    if MIN_WORDS <= n <= MAX_WORDS:
        return []
    seconds = round(n * 60 / WORDS_PER_MINUTE)
    if n > MAX_WORDS:
        fix = "cut background and side details first, and keep the action and the result"
    else:
        fix = ("add the reasoning behind your decisions, the options you weighed and the "
               "figures in the result")
    return [f"the story takes about {seconds // 60}:{seconds % 60:02d} to tell ({n} words at "
            f"{WORDS_PER_MINUTE} words a minute); aim for 2 to 3 minutes, {MIN_WORDS} to "
            f"{MAX_WORDS} words: {fix}"]


def check_principles(story):
    """1 to 3 tags, each one of the 16 principle names, none twice."""
    tags = story.get("principles") if isinstance(story, dict) else None
    if not _is_list_of_str(tags):
        return ["principles should be a list of 1 to 3 principle names, "
                "e.g. ['Ownership', 'Dive Deep']"]
    problems = []
    if not tags:
        problems.append("no principle is tagged: add the 1 to 3 principles the story shows best")
    if len(tags) > MAX_TAGS:
        problems.append(f"the story claims {len(tags)} principles; keep the {MAX_TAGS} it "
                        "shows best (a story that claims everything convinces nobody)")
    names = []
    for tag in tags:
        name = principle_name(tag)
        if name is None:
            problems.append(f"{tag!r} is not one of the 16 principle names"
                            f"{_did_you_mean(tag, PRINCIPLES)}: use the exact words "
                            "(see PRINCIPLES)")
        elif name in names:
            problems.append(f"{name!r} is tagged twice")
        else:
            names.append(name)
    return problems


def check_prompts(story):
    """At most 3 prompt keys, each a key of PROMPTS, none twice (an empty list is fine)."""
    keys = story.get("prompts") if isinstance(story, dict) else None
    if not _is_list_of_str(keys):
        return ["prompts should be a list of keys of PROMPTS (it may be empty), "
                "e.g. ['ownership']"]
    problems = []
    if len(keys) > MAX_TAGS:
        problems.append(f"the story is tagged for {len(keys)} prompts; keep the {MAX_TAGS} "
                        "it answers best")
    for key in sorted({key for key in keys if keys.count(key) > 1}):
        problems.append(f"the prompt {key!r} is tagged twice")
    for key in keys:
        if key not in PROMPTS:
            problems.append(f"{key!r} is not a prompt key{_did_you_mean(key, PROMPTS)}: use "
                            "the keys of PROMPTS, such as 'disagree_manager', not the question")
    return problems


STORY_CHECKS = (check_structure, check_result, check_first_person, check_length,
                check_principles, check_prompts)


def review_story(story):
    """Every problem found in one story, as a list of sentences ([] means all rules are met)."""
    return [problem for check in STORY_CHECKS for problem in check(story)]


def check_probed(story, probed):
    """At least one of the story's principle tags is among `probed`, the principles a question
    is asking about (for a question asked in a round, rather than a story in a bank)."""
    tags = story.get("principles") if isinstance(story, dict) else None
    wanted = [principle_name(name) or name for name in probed]
    named = {principle_name(tag) for tag in tags} if _is_list_of_str(tags) else set()
    if named & set(wanted):
        return []
    return [f"none of the story's principle tags is one this question probes "
            f"({', '.join(wanted)}): tell a story that shows one of them, and tag it"]
