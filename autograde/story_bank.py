"""Bank-level rules for a STAR story bank, and a printed report on a bank.

A bank is a list of story dicts (see ``autograde.stories``). The ``check_*`` functions here
take the whole list and return a list of problems, each a sentence saying what to fix;
``review_bank`` gathers those and every story's own problems, labelled by story.
"""

from .stories import (
    COMMON_PROMPTS,
    PRINCIPLES,
    STORY_CHECKS,
    WORDS_PER_MINUTE,
    _is_list_of_str,
    principle_name,
    review_story,
    spoken_words,
)

MIN_STORIES, MAX_STORIES = 15, 20
MIN_COVERED = 12                  # principles tagged on at least one story
MAX_SINGLE_SHARE = 0.25           # share of the covered principles that may rest on one story


def _label(index, story):
    """'story 3' or 'story 3 ('Its title')': how a problem names the story it is about."""
    title = story.get("title") if isinstance(story, dict) else None
    named = isinstance(title, str) and title.strip()
    return f"story {index + 1}" + (f" ({title!r})" if named else "")


def problems_in(stories, check):
    """One story check applied to every story of the bank, each problem labelled."""
    if not isinstance(stories, (list, tuple)):
        return [f"STORIES should be a list of story dicts, not a {type(stories).__name__}"]
    return [f"{_label(i, story)}: {problem}"
            for i, story in enumerate(stories) for problem in check(story)]


def _stories_by_principle(stories):
    """{official name: [indexes of the stories validly tagged with it]}."""
    found = {name: [] for name in PRINCIPLES}
    for i, story in enumerate(stories):
        tags = story.get("principles") if isinstance(story, dict) else None
        names = {principle_name(tag) for tag in tags} if _is_list_of_str(tags) else set()
        for name in names - {None}:
            found[name].append(i)
    return found


def principle_coverage(stories):
    """{principle: number of stories tagged with it} for all 16, in the official order."""
    return {name: len(ids) for name, ids in _stories_by_principle(stories).items()}


def check_bank_size(stories):
    """15 to 20 stories, no two with the same title or the same action."""
    if not isinstance(stories, (list, tuple)):
        return [f"STORIES should be a list of story dicts, not a {type(stories).__name__}"]
    problems = []
    if len(stories) < MIN_STORIES:
        problems.append(f"the bank has {len(stories)} stories; write {MIN_STORIES} to "
                        f"{MAX_STORIES}: with fewer, some principles and follow-up questions "
                        "find you without an answer")
    elif len(stories) > MAX_STORIES:
        problems.append(f"the bank has {len(stories)} stories, more than you can rehearse; "
                        f"keep {MIN_STORIES} to {MAX_STORIES} by merging or dropping the weakest")
    for key in ("title", "action"):
        first_seen = {}
        for i, story in enumerate(stories):
            text = story.get(key) if isinstance(story, dict) else None
            if isinstance(text, str) and text.strip():
                norm = " ".join(text.split()).casefold()
                if norm in first_seen:
                    problems.append(f"stories {first_seen[norm] + 1} and {i + 1} have the same "
                                    f"{key}: each story must be a different experience")
                first_seen.setdefault(norm, i)
    return problems


def check_coverage(stories):
    """At least 12 principles covered, at most a quarter of them resting on a single story."""
    if not isinstance(stories, (list, tuple)):
        return [f"STORIES should be a list of story dicts, not a {type(stories).__name__}"]
    found = _stories_by_principle(stories)
    covered = [name for name, ids in found.items() if ids]
    problems = []
    if len(covered) < MIN_COVERED:
        missing = [name for name in PRINCIPLES if not found[name]]
        problems.append(f"the bank covers {len(covered)} of the 16 principles; cover at least "
                        f"{MIN_COVERED}. Missing: {', '.join(missing)}")
    single = [name for name in covered if len(found[name]) == 1]
    allowed = int(MAX_SINGLE_SHARE * len(covered))
    if len(single) > allowed:
        problems.append(f"{len(single)} principles rest on a single story ({', '.join(single)}); "
                        f"at most {allowed} may (a quarter of the {len(covered)} you cover): "
                        "interviewers ask 'tell me about another time', so give more of them a "
                        "second story")
    return problems


def check_common_prompts(stories):
    """Each of the six COMMON_PROMPTS is tagged on at least one story."""
    if not isinstance(stories, (list, tuple)):
        return [f"STORIES should be a list of story dicts, not a {type(stories).__name__}"]
    tagged = set()
    for story in stories:
        keys = story.get("prompts") if isinstance(story, dict) else None
        if _is_list_of_str(keys):
            tagged.update(keys)
    return [f"no story is tagged for the common prompt {key!r} ({question.lower()}): tag the "
            "story you would tell, or write one"
            for key, question in COMMON_PROMPTS.items() if key not in tagged]


BANK_CHECKS = (check_bank_size, check_coverage, check_common_prompts)


def review_bank(stories):
    """Every problem in the bank: the bank-level ones first, then each story's, labelled."""
    problems = [problem for check in BANK_CHECKS for problem in check(stories)]
    if isinstance(stories, (list, tuple)):
        problems += [problem for check in STORY_CHECKS for problem in problems_in(stories, check)]
    return problems


def explain(problems, limit=6):
    """The first `limit` problems as a bulleted text, then how many more there are."""
    shown = "\n".join(f"- {problem}" for problem in problems[:limit])
    if len(problems) > limit:
        shown += (f"\n... and {len(problems) - limit} more: run review_bank(STORIES) "
                  "for the full list")
    return shown


def show_review(stories):
    """Print a report: each story's timing, the principle coverage, the prompts, every problem."""
    if not isinstance(stories, (list, tuple)):
        print(explain(check_bank_size(stories)))
        return
    print(f"{len(stories)} stories (write {MIN_STORIES} to {MAX_STORIES})")
    print(" #  time  words  problems  title")
    for i, story in enumerate(stories, start=1):
        n = spoken_words(story) if isinstance(story, dict) else 0
        seconds = round(n * 60 / WORDS_PER_MINUTE)
        title = story.get("title", "") if isinstance(story, dict) else ""
        issues = len(review_story(story))
        print(f"{i:>2}  {seconds // 60}:{seconds % 60:02d}  {n:>5}  {issues:>8}  {title}")
    coverage = principle_coverage(stories)
    covered = sum(1 for count in coverage.values() if count)
    print(f"\nPrinciples covered: {covered} of 16 (stories per principle)")
    for name, count in coverage.items():
        print(f"  {count:>2}  {name}")
    print("\nCommon prompts (stories tagged):")
    for key in COMMON_PROMPTS:
        count = sum(1 for story in stories if isinstance(story, dict)
                    and _is_list_of_str(story.get("prompts")) and key in story["prompts"])
        print(f"  {count:>2}  {key}")
    problems = review_bank(stories)
    if problems:
        print(f"\n{len(problems)} problem(s):\n{explain(problems, limit=len(problems))}")
    else:
        print("\nNo problems found.")


def plot_coverage(stories):
    """A bar chart of how many stories back each principle (red: none, orange: one)."""
    import matplotlib.pyplot as plt  # imported here: only the chart needs it

    coverage = principle_coverage(stories)
    names = list(coverage)[::-1]
    counts = [coverage[name] for name in names]
    colors = ["tab:red" if c == 0 else "tab:orange" if c == 1 else "tab:blue" for c in counts]
    fig, ax = plt.subplots(figsize=(7, 4.5))
    ax.barh(names, counts, color=colors)
    ax.set_xlabel("stories tagged with the principle")
    ax.set_title("Principle coverage of the bank")
    ax.xaxis.get_major_locator().set_params(integer=True)
    fig.tight_layout()
    plt.show()
