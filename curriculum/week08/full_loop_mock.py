# %% [markdown]
# # Week 8 · The full loop: behavioral and bar-raiser rounds
#
# One or two interviews of the loop are given entirely to behavioral questions on the 16
# Leadership Principles, and every other interviewer keeps a few minutes for one. The Bar
# Raiser, an interviewer from outside the hiring team who is trained to hold the hiring bar and
# can block an offer on their own, asks the hardest of them and follows up the longest. These
# rounds count as much as the technical ones, and they are lost in the same few ways: a story
# told with "we", a result without a figure, a story that runs on for five minutes, or a story
# that does not answer the question that was asked.
#
# This notebook is the pool of behavioral and bar-raiser questions that your mock loop draws
# from: five behavioral prompts that come up in almost every loop, then three bar-raiser prompts
# that test whether your judgement holds when someone pushes on it. Each exercise is one round
# and stands on its own, so the mock loop can hand you any of them, in any order, on the clock.
#
# **How to answer.** Each exercise gives a prompt, the principles the interviewer is listening
# for, what a strong answer shows and the follow-up questions a bar raiser asks. You answer with
# one story, written as a dict with the seven keys of your week 7 bank (`title`, `situation`,
# `task`, `action`, `result`, `principles`, `prompts`). Start from a story in your bank when one
# fits: reshaping it for this exact prompt, within the time of the round, is the exercise. The
# stories must be yours; a bar raiser takes one follow-up to tell a borrowed story from a lived
# one. Then tell it aloud with a timer, and have someone ask you the follow-ups.
#
# **How grading works.** Each exercise has three test cells worth 1 point each: structure and
# spoken length; a figure in the result and "I" in the action; principle tags that include one
# the prompt probes. The visible part of each test runs the checks from `autograde.stories`, the
# same ones as in week 7, which you can also call yourself; the hidden part runs them again
# from a freshly loaded copy of the module. `autograde check week08/full_loop_mock.ipynb` (see
# the end of the notebook) runs everything and shows how long each round took you. The tests only check
# form. How you tell the stories, and how they survive the follow-ups, is marked by a person
# with the rubric at the end (4 points, which `autograde check` does not count).

# %% nbgrader={"grade_id": "imports"}
from autograde.stories import PRINCIPLES, PROMPTS, check_probed, review_story

# %% [markdown]
# ## How a behavioral round runs
#
# An interviewer usually asks two to four questions in a behavioral round, so each answer gets
# about ten minutes including follow-ups. Your first answer should take two to three minutes;
# the rest of the time belongs to the interviewer's questions, and that is where the round is
# decided. In this notebook each round gives you 10 minutes to produce the written story. A
# good way to use them: two minutes to pick the story and check that it answers this prompt and
# shows one of the probed principles, five minutes to write the beats with their figures, three
# minutes to tell it aloud once with a timer.
#
# **What the bar raiser does differently.** Any interviewer checks that your story has a
# situation, an action and a result. A bar raiser checks whether it is true and whether you
# would raise the average of the team. Expect them to:
#
# - *dig into your part*: "what did you do yourself?", "who wrote that query?", "what would
#   have happened if you had not been there?";
# - *dig into the numbers*: "how did you measure that 12%?", "against what baseline?", "how
#   sure are you it was your change?";
# - *ask for the other side*: "what did the person who disagreed with you say?", "what would
#   you do differently?";
# - *ask for another time*: "tell me about another time you ...", which is why week 7 asked for
#   two stories per principle.
#
# Prepare the follow-ups listed under each prompt in a few words, never as a script: a
# memorised answer to a follow-up sounds memorised.
#
# **Reading a prompt.** Each prompt probes a few principles, listed with it. A story can show
# several principles, but it must show at least one of the probed ones clearly, and its tags
# must say which: a fine story about frugality does not answer a question about disagreeing
# with your manager. The tests check the tags, not the story behind them, so tag honestly: the
# rubric at the end checks that the story actually shows what its tags claim.

# %% [markdown]
# ## 1. Disagreeing with your manager
# *Behavioral round · Disagreement backed by evidence, then commitment*
#
# This question is not about winning. The interviewer wants to see three things in order: that
# you raise a disagreement when the stakes justify it, that you argue with data and a proposal
# rather than with a feeling, and that once the decision is made you carry it out as if it were
# your own, even when it went against you. Stories where the candidate was simply right and the
# manager simply wrong sound like a complaint; stories where the candidate gave in at once sound
# like someone who will not speak up. The best ones show how you kept the relationship intact:
# you disagreed in private first, you understood the manager's constraint (a deadline, a target,
# a boss of their own), and you found a way for the data to settle it later.
#
# > *"Tell me about a time you disagreed with your manager. What did you do?"*
#
# **Principles probed:** Have Backbone; Disagree and Commit · Earn Trust · Are Right, A Lot.
#
# **What a strong answer shows:** the disagreement was about something that mattered (money,
# customers, a wrong conclusion); your case rested on evidence you gathered; you understood and
# said what your manager was weighing; you committed visibly once the decision was made; the
# outcome is measured, and you say honestly who turned out to be right.
#
# **Follow-ups the bar raiser asks:**
#
# - What exactly did your manager say, and what was their strongest argument?
# - If the decision had gone fully against you, what would you have done next?
# - How did you show you had committed? What did you stop saying once it was decided?
# - Looking back, was there anything in your manager's position that was right?
#
# **Question.** In the answer cell, define `disagree_with_manager`: one story dict that answers
# the prompt, with exactly the keys `title`, `situation`, `task`, `action`, `result` (texts),
# `principles` and `prompts` (lists of strings), as in the week 7 bank. Words are counted as
# whitespace-separated tokens with at least one letter or digit. Tests check these rules:
#
# - **Structure and length** (`disagree_with_manager_test`). A title of 1 to 12 words; at least
#   20 words of situation, 12 of task, 60 of action and 20 of result; no placeholder (`TODO`,
#   `TBD`, `xxx`, `[...]`); no two parts with the same text; the action holds at least 40% of
#   the words of the four parts, which together take 2 to 3 minutes at 140 words a minute (280
#   to 420 words); `prompts` holds at most 3 keys of `PROMPTS`, none twice (`"disagree_manager"`
#   fits here).
# - **Figures and first person** (`disagree_with_manager_test_2`). The result holds a figure in
#   digits (`12%`, `$40k`, `3 days`; a year such as 2023 or a label such as Q3 does not count).
#   The action has at least 3 of I, me, my, mine, myself (or I'm, I've, I'd, I'll) and more of
#   them than of we, us, our, ours, ourselves (or we're, we've, we'd, we'll).
# - **Principles** (`disagree_with_manager_test_3`). 1 to 3 of the 16 official names in
#   `PRINCIPLES` (letter case, spaces and punctuation do not matter), none twice, and at least
#   one of them among the principles this prompt probes, listed above.

# %% nbgrader={"grade_id": "disagree_with_manager", "solution": true} autograde={"target_minutes": 10}
# disagree_with_manager = {
#     "title": "",
#     "situation": "",
#     "task": "",
#     "action": "",
#     "result": "",
#     "principles": [],
#     "prompts": [],
# }
# While you write, check it in a scratch cell: review_story(disagree_with_manager), and
# check_probed(disagree_with_manager, [...the principles probed above...])
### BEGIN SOLUTION
disagree_with_manager = {
    "title": "Arguing for a longer price test than my manager wanted",
    "situation": (
        "At a meal-kit subscription company, my manager wanted to test a 15% price rise on new "
        "sign-ups for four weeks, because the quarter's margin target depended on it and the "
        "finance team was waiting for a number."
    ),
    "task": (
        "I was the analyst designing the test, and I believed the design would mislead us: it "
        "measured the first order only, while price-sensitive customers tend to cancel after "
        "their second or third box."
    ),
    "action": (
        "I did not want to object on instinct, so I first went back to the last two price changes "
        "and looked at what happened after the first order. In both, conversion barely moved, but "
        "cancellations rose from the sixth week on, which a four-week test could never see. I "
        "wrote a one-page note with those curves and proposed a six-week test with retention at "
        "week eight as the primary metric. My manager disagreed: the quarter closed before a "
        "longer test could finish, and she owned that target. I asked what would make her "
        "comfortable, and we agreed on a middle path: I would run her four-week test as planned, "
        "and I would keep following the same customers for another four weeks, with a review "
        "already booked for week eight. Once she decided, I committed fully. I built the "
        "dashboard, presented the week-four results to finance myself without hedging, and kept "
        "my doubts for the review we had scheduled. At week eight, I showed the retention curves "
        "side by side with the original forecast, so the discussion was about the data and not "
        "about who had been right."
    ),
    "result": (
        "The higher price lifted first-box margin by 11%, but eight-week retention fell from 64% "
        "to 57%, so revenue per sign-up ended 3% lower. The company moved to a 7% rise, which "
        "kept retention within 1 point, and my manager asked me to build the retention window "
        "into every pricing test since. I learned to disagree with a measurement plan rather than "
        "an opinion, and to commit fully once the call is made."
    ),
    "principles": ["Have Backbone; Disagree and Commit", "Earn Trust"],
    "prompts": ["disagree_manager"],
}
### END SOLUTION

# %% nbgrader={"grade_id": "disagree_with_manager_test", "grade": true, "points": 1}
# Structure and spoken length: seven keys, four substantial STAR parts, 2 to 3 minutes aloud.
from autograde.stories import check_length, check_prompts, check_structure

assert "disagree_with_manager" in globals(), (
    "disagree_with_manager is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = disagree_with_manager
_fl_found = check_structure(_fl_story) + check_prompts(_fl_story) + check_length(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = (
    _fl_rules.check_structure(_fl_story)
    + _fl_rules.check_prompts(_fl_story)
    + _fl_rules.check_length(_fl_story)
)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "disagree_with_manager_test_2", "grade": true, "points": 1}
# A figure in the result, and you (not only your team) in the action.
from autograde.stories import check_first_person, check_result

assert "disagree_with_manager" in globals(), (
    "disagree_with_manager is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = disagree_with_manager
_fl_found = check_result(_fl_story) + check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_result(_fl_story) + _fl_rules.check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "disagree_with_manager_test_3", "grade": true, "points": 1}
# Principle tags: 1 to 3 official names, at least one of them a principle this prompt probes.
from autograde.stories import check_principles, check_probed

assert "disagree_with_manager" in globals(), (
    "disagree_with_manager is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = disagree_with_manager
_fl_probed = ["Have Backbone; Disagree and Commit", "Earn Trust", "Are Right, A Lot"]
_fl_found = check_principles(_fl_story) + check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_principles(_fl_story) + _fl_rules.check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% [markdown]
# ## 2. A decision with incomplete data
# *Behavioral round · Reversible decisions, fast signals, a rule for changing course*
#
# Every analyst has waited for better data; this question asks whether you know when to stop
# waiting. Interviewers listen for how you judged the cost of delay against the cost of being
# wrong, and whether you noticed that the decision could be undone. A reversible decision taken
# quickly with a stated exit condition is the pattern they hope to hear. Name the data you did
# not have and why you could not get it in time, the proxies you used instead, the options you
# weighed, and how you limited the damage of a wrong call. Close with what the full data said
# when it finally arrived: that is the part candidates forget, and the part that shows whether
# your judgement can be trusted.
#
# > *"Tell me about a difficult decision you had to make with incomplete data."*
#
# **Principles probed:** Bias for Action · Are Right, A Lot · Dive Deep.
#
# **What a strong answer shows:** the missing data is named, and so is the deadline that made
# waiting costly; the proxy signals are specific; several options are compared on what each
# costs if wrong; the chosen one is reversible or capped; the exit rule was set in advance; the
# later, complete data is compared with the call you made.
#
# **Follow-ups the bar raiser asks:**
#
# - What would you have needed to be confident, and how long would it have taken to get?
# - What would have happened if you had waited another two weeks?
# - Which signal turned out to be the least reliable, and how did you find out?
# - Tell me about another time you acted quickly and it turned out to be the wrong call.
#
# **Question.** In the answer cell, define `incomplete_data_decision`: one story dict that
# answers the prompt, with exactly the keys `title`, `situation`, `task`, `action`, `result`
# (texts), `principles` and `prompts` (lists of strings), as in the week 7 bank. Words are
# counted as whitespace-separated tokens with at least one letter or digit. Tests check these
# rules:
#
# - **Structure and length** (`incomplete_data_decision_test`). A title of 1 to 12 words; at
#   least 20 words of situation, 12 of task, 60 of action and 20 of result; no placeholder
#   (`TODO`, `TBD`, `xxx`, `[...]`); no two parts with the same text; the action holds at least
#   40% of the words of the four parts, which together take 2 to 3 minutes at 140 words a minute
#   (280 to 420 words); `prompts` holds at most 3 keys of `PROMPTS`, none twice
#   (`"incomplete_data"` fits here).
# - **Figures and first person** (`incomplete_data_decision_test_2`). The result holds a figure
#   in digits (`12%`, `$40k`, `3 days`; a year such as 2023 or a label such as Q3 does not
#   count). The action has at least 3 of I, me, my, mine, myself (or I'm, I've, I'd, I'll) and
#   more of them than of we, us, our, ours, ourselves (or we're, we've, we'd, we'll).
# - **Principles** (`incomplete_data_decision_test_3`). 1 to 3 of the 16 official names in
#   `PRINCIPLES` (letter case, spaces and punctuation do not matter), none twice, and at least
#   one of them among the principles this prompt probes, listed above.

# %% nbgrader={"grade_id": "incomplete_data_decision", "solution": true} autograde={"target_minutes": 10}
# incomplete_data_decision = {
#     "title": "",
#     "situation": "",
#     "task": "",
#     "action": "",
#     "result": "",
#     "principles": [],
#     "prompts": [],
# }
# While you write, check it in a scratch cell: review_story(incomplete_data_decision), and
# check_probed(incomplete_data_decision, [...the principles probed above...])
### BEGIN SOLUTION
incomplete_data_decision = {
    "title": "Slowing a fraud wave before the labels arrived",
    "situation": (
        "At an online electronics retailer, gift-card purchases tripled in one week just before "
        "the holidays. The payments team suspected fraud, but chargebacks, our only ground truth, "
        "take up to 60 days to arrive."
    ),
    "task": (
        "I was the data scientist on call for payments risk, and I had to recommend by Friday "
        "whether to block or slow these orders, knowing that blocking real customers before the "
        "holidays would cost sales too."
    ),
    "action": (
        "I accepted early that labels would not come in time, so I looked for signals that arrive "
        "fast. Comparing the new orders with the month before, I found that 70% of the extra ones "
        "came from accounts less than a day old, shipped to an address that differed from the "
        "billing one, and bought the maximum card value. I asked the support team to call 20 of "
        "those buyers; only 3 answered, and none of them recognised the order. I then laid out "
        "three options: block every matching order, do nothing, or send matching orders to manual "
        "review. A full block would hurt good customers and was hard to undo; doing nothing "
        "risked heavy losses. I chose the review step because it could be switched off within an "
        "hour and it capped the cost of being wrong at a six-hour delay for about 400 orders a "
        "day. Before it went live, I wrote down what would make me reverse it: if more than half "
        "of the reviewed orders turned out to be genuine after a week. I shared my estimate, my "
        "uncertainty and that exit rule with the payments director in writing, and I set up a "
        "daily report of review outcomes and early chargeback notices."
    ),
    "result": (
        "The review step stopped 1,100 fraudulent orders in the first month. When the chargebacks "
        "arrived two months later, they confirmed that 91% of the stopped orders were fraud, "
        "about $180k of losses avoided, while only 0.3% of genuine gift-card orders were delayed. "
        "I learned to make reversible decisions fast, and to write down in advance the evidence "
        "that would reverse them."
    ),
    "principles": ["Bias for Action", "Are Right, A Lot"],
    "prompts": ["incomplete_data"],
}
### END SOLUTION

# %% nbgrader={"grade_id": "incomplete_data_decision_test", "grade": true, "points": 1}
# Structure and spoken length: seven keys, four substantial STAR parts, 2 to 3 minutes aloud.
from autograde.stories import check_length, check_prompts, check_structure

assert "incomplete_data_decision" in globals(), (
    "incomplete_data_decision is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = incomplete_data_decision
_fl_found = check_structure(_fl_story) + check_prompts(_fl_story) + check_length(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = (
    _fl_rules.check_structure(_fl_story)
    + _fl_rules.check_prompts(_fl_story)
    + _fl_rules.check_length(_fl_story)
)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "incomplete_data_decision_test_2", "grade": true, "points": 1}
# A figure in the result, and you (not only your team) in the action.
from autograde.stories import check_first_person, check_result

assert "incomplete_data_decision" in globals(), (
    "incomplete_data_decision is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = incomplete_data_decision
_fl_found = check_result(_fl_story) + check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_result(_fl_story) + _fl_rules.check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "incomplete_data_decision_test_3", "grade": true, "points": 1}
# Principle tags: 1 to 3 official names, at least one of them a principle this prompt probes.
from autograde.stories import check_principles, check_probed

assert "incomplete_data_decision" in globals(), (
    "incomplete_data_decision is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = incomplete_data_decision
_fl_probed = ["Bias for Action", "Are Right, A Lot", "Dive Deep"]
_fl_found = check_principles(_fl_story) + check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_principles(_fl_story) + _fl_rules.check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% [markdown]
# ## 3. A hard project you owned end to end
# *Behavioral round · Ownership beyond the model: data, tooling, adoption*
#
# "Ownership" in this question means more than doing your part well. Interviewers want a project
# where you looked beyond your own boundary: you fixed the data pipeline nobody owned, you took
# over a colleague's piece when they left, you made sure people actually used the result, and
# you left it in a state that did not depend on you. Data scientists often stop the story when
# the model is trained; the strongest answers treat the model as the middle of the story. Pick a
# project with a real obstacle in it (a missing data source, a sceptical user group, a departure
# on the team) and show how you got past it yourself.
#
# > *"Tell me about a challenging project that you owned from start to finish."*
#
# **Principles probed:** Ownership · Deliver Results · Think Big.
#
# **What a strong answer shows:** you define the boundary of the project yourself and then cross
# it where needed; the hardest obstacle is not technical, or is technical and outside your job
# description; there is a baseline, and the result is measured against it; adoption and
# hand-over are part of the story.
#
# **Follow-ups the bar raiser asks:**
#
# - What part of this was not in your job description, and who would have done it otherwise?
# - What was the simplest version you could have shipped first? Why did you (not) ship it?
# - What broke after launch, and how did you hear about it?
# - Who owns it today, and what does it still depend on you for?
#
# **Question.** In the answer cell, define `owned_end_to_end`: one story dict that answers the
# prompt, with exactly the keys `title`, `situation`, `task`, `action`, `result` (texts),
# `principles` and `prompts` (lists of strings), as in the week 7 bank. Words are counted as
# whitespace-separated tokens with at least one letter or digit. Tests check these rules:
#
# - **Structure and length** (`owned_end_to_end_test`). A title of 1 to 12 words; at least 20
#   words of situation, 12 of task, 60 of action and 20 of result; no placeholder (`TODO`,
#   `TBD`, `xxx`, `[...]`); no two parts with the same text; the action holds at least 40% of
#   the words of the four parts, which together take 2 to 3 minutes at 140 words a minute (280
#   to 420 words); `prompts` holds at most 3 keys of `PROMPTS`, none twice (`"ownership"` fits
#   here).
# - **Figures and first person** (`owned_end_to_end_test_2`). The result holds a figure in
#   digits (`12%`, `$40k`, `3 days`; a year such as 2023 or a label such as Q3 does not count).
#   The action has at least 3 of I, me, my, mine, myself (or I'm, I've, I'd, I'll) and more of
#   them than of we, us, our, ours, ourselves (or we're, we've, we'd, we'll).
# - **Principles** (`owned_end_to_end_test_3`). 1 to 3 of the 16 official names in `PRINCIPLES`
#   (letter case, spaces and punctuation do not matter), none twice, and at least one of them
#   among the principles this prompt probes, listed above.

# %% nbgrader={"grade_id": "owned_end_to_end", "solution": true} autograde={"target_minutes": 10}
# owned_end_to_end = {
#     "title": "",
#     "situation": "",
#     "task": "",
#     "action": "",
#     "result": "",
#     "principles": [],
#     "prompts": [],
# }
# While you write, check it in a scratch cell: review_story(owned_end_to_end), and
# check_probed(owned_end_to_end, [...the principles probed above...])
### BEGIN SOLUTION
owned_end_to_end = {
    "title": "Building the delivery-slot forecast nobody had asked for",
    "situation": (
        "At a grocery delivery service, delivery slots were planned from a spreadsheet of last "
        "year's volumes. On busy days, up to 18% of customers found no slot left and abandoned "
        "their baskets, and each team blamed another one."
    ),
    "task": (
        "I proposed a slot-demand forecast and took it on end to end: the data, the model, the "
        "planning tool the dispatchers used and, the part I underestimated, getting them to use "
        "it."
    ),
    "action": (
        "No data on slot views existed, so I paired with an app engineer to log every time a "
        "customer opened the slot page, and I wrote the jobs that turned those logs into demand "
        "by zone and hour. I started with a seasonal baseline, because I wanted a benchmark the "
        "dispatchers could understand, and only then added a gradient-boosted model with weather "
        "and promotions, which beat the spreadsheet on ten weeks of backtests. The harder problem "
        "was trust. I spent a week sitting with two dispatchers while they planned, and I learned "
        "that they needed a range, not a single number, because they staffed for the bad case. I "
        "changed the tool to show low, likely and high demand, and I let them override it with a "
        "note, which gave me a list of what the model missed. Halfway through, the engineer who "
        "owned the logging left the company, so I took over his code and its alerts rather than "
        "let the project stall. I ran a weekly accuracy review with operations and wrote a "
        "runbook, so that the forecast would survive without me."
    ),
    "result": (
        "After rollout in 12 zones, busy-day slot shortages fell from 18% to 7% of customers, "
        "abandoned baskets dropped by about 4,000 a week, and weekly planning time fell from 5 "
        "hours to 1. The tool now runs in all 30 zones. I learned that owning a model includes "
        "owning its adoption."
    ),
    "principles": ["Ownership", "Deliver Results"],
    "prompts": ["ownership"],
}
### END SOLUTION

# %% nbgrader={"grade_id": "owned_end_to_end_test", "grade": true, "points": 1}
# Structure and spoken length: seven keys, four substantial STAR parts, 2 to 3 minutes aloud.
from autograde.stories import check_length, check_prompts, check_structure

assert "owned_end_to_end" in globals(), (
    "owned_end_to_end is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = owned_end_to_end
_fl_found = check_structure(_fl_story) + check_prompts(_fl_story) + check_length(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = (
    _fl_rules.check_structure(_fl_story)
    + _fl_rules.check_prompts(_fl_story)
    + _fl_rules.check_length(_fl_story)
)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "owned_end_to_end_test_2", "grade": true, "points": 1}
# A figure in the result, and you (not only your team) in the action.
from autograde.stories import check_first_person, check_result

assert "owned_end_to_end" in globals(), (
    "owned_end_to_end is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = owned_end_to_end
_fl_found = check_result(_fl_story) + check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_result(_fl_story) + _fl_rules.check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "owned_end_to_end_test_3", "grade": true, "points": 1}
# Principle tags: 1 to 3 official names, at least one of them a principle this prompt probes.
from autograde.stories import check_principles, check_probed

assert "owned_end_to_end" in globals(), (
    "owned_end_to_end is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = owned_end_to_end
_fl_probed = ["Ownership", "Deliver Results", "Think Big"]
_fl_found = check_principles(_fl_story) + check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_principles(_fl_story) + _fl_rules.check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% [markdown]
# ## 4. Explaining results to non-technical partners
# *Behavioral round · Translate the result into the listener's decision*
#
# A data scientist whose results do not change any decision has no impact, and this question
# checks whether you can get yours across. A weak answer describes a clear slide deck. A strong
# one starts from the audience: what decision they face, what they already believe, what words
# they use. Then it shows how you changed the analysis itself, not only its wording, to fit that
# decision, how you checked that the message landed (someone repeated it back, a decision
# changed), and what you did when it did not. Avoid the trap of looking down on the audience:
# the partners are experts in their own domain, and the best stories show that you learned from
# them too.
#
# > *"Tell me about a time you had to explain a technical result to non-technical partners."*
#
# **Principles probed:** Earn Trust · Customer Obsession · Invent and Simplify.
#
# **What a strong answer shows:** the audience and its decision are specific; you found out how
# they think before you explained; the technical idea is translated into their terms without
# being made wrong; you tested the explanation; a measurable decision or behaviour changed
# afterwards.
#
# **Follow-ups the bar raiser asks:**
#
# - What was the hardest idea to get across, and how do you know they understood it?
# - What did you leave out, and why was it safe to leave out?
# - What did the partners teach you that changed your analysis?
# - Give me a time when the explanation did not land. What happened?
#
# **Question.** In the answer cell, define `explain_to_partners`: one story dict that answers
# the prompt, with exactly the keys `title`, `situation`, `task`, `action`, `result` (texts),
# `principles` and `prompts` (lists of strings), as in the week 7 bank. Words are counted as
# whitespace-separated tokens with at least one letter or digit. Tests check these rules:
#
# - **Structure and length** (`explain_to_partners_test`). A title of 1 to 12 words; at least 20
#   words of situation, 12 of task, 60 of action and 20 of result; no placeholder (`TODO`,
#   `TBD`, `xxx`, `[...]`); no two parts with the same text; the action holds at least 40% of
#   the words of the four parts, which together take 2 to 3 minutes at 140 words a minute (280
#   to 420 words); `prompts` holds at most 3 keys of `PROMPTS`, none twice (`"non_technical"`
#   fits here).
# - **Figures and first person** (`explain_to_partners_test_2`). The result holds a figure in
#   digits (`12%`, `$40k`, `3 days`; a year such as 2023 or a label such as Q3 does not count).
#   The action has at least 3 of I, me, my, mine, myself (or I'm, I've, I'd, I'll) and more of
#   them than of we, us, our, ours, ourselves (or we're, we've, we'd, we'll).
# - **Principles** (`explain_to_partners_test_3`). 1 to 3 of the 16 official names in
#   `PRINCIPLES` (letter case, spaces and punctuation do not matter), none twice, and at least
#   one of them among the principles this prompt probes, listed above.

# %% nbgrader={"grade_id": "explain_to_partners", "solution": true} autograde={"target_minutes": 10}
# explain_to_partners = {
#     "title": "",
#     "situation": "",
#     "task": "",
#     "action": "",
#     "result": "",
#     "principles": [],
#     "prompts": [],
# }
# While you write, check it in a scratch cell: review_story(explain_to_partners), and
# check_probed(explain_to_partners, [...the principles probed above...])
### BEGIN SOLUTION
explain_to_partners = {
    "title": "Turning forecast ranges into buying decisions",
    "situation": (
        "At a fashion retailer, buyers decided how many units of each new style to order, using "
        "our demand forecasts. The forecasts came with wide ranges, but buyers ordered to the "
        "single number and a quarter of the stock ended up marked down."
    ),
    "task": (
        "I had to explain the uncertainty to 12 buyers with no statistics background, in a form "
        "they would actually use when they placed orders."
    ),
    "action": (
        "I first asked three buyers to walk me through how they ordered, and I realised that they "
        "did not think in distributions; they thought about the risk of being stuck with stock or "
        "running out. So I dropped the intervals from my slides and rewrote the forecast as "
        "answers to their question: for each style, if you order this many units, here is the "
        "chance of selling out and the number you are likely to have left. I built a one-page "
        "table per category with three order sizes, and I used a sweater from last season as the "
        "example, because every buyer remembered it selling out in two weeks. I tried the "
        "explanation on one buyer first and rewrote it twice when she misread it. In the session, "
        "I avoided words like quantile and variance and talked about a bad week and a good week "
        "instead. I held office hours for the first two ordering rounds, and I logged every time "
        "a buyer overrode the table and why, which showed me two categories where my model was "
        "missing local events."
    ),
    "result": (
        "The next season, buyers used the recommended order sizes for 80% of styles, "
        "end-of-season markdowns fell from 25% to 17% of stock, and sell-outs stayed at the same "
        "level. Two other category teams asked for the table. I learned that an explanation works "
        "when it answers the decision in front of the listener, not the question the model "
        "answers."
    ),
    "principles": ["Earn Trust", "Invent and Simplify"],
    "prompts": ["non_technical"],
}
### END SOLUTION

# %% nbgrader={"grade_id": "explain_to_partners_test", "grade": true, "points": 1}
# Structure and spoken length: seven keys, four substantial STAR parts, 2 to 3 minutes aloud.
from autograde.stories import check_length, check_prompts, check_structure

assert "explain_to_partners" in globals(), (
    "explain_to_partners is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = explain_to_partners
_fl_found = check_structure(_fl_story) + check_prompts(_fl_story) + check_length(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = (
    _fl_rules.check_structure(_fl_story)
    + _fl_rules.check_prompts(_fl_story)
    + _fl_rules.check_length(_fl_story)
)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "explain_to_partners_test_2", "grade": true, "points": 1}
# A figure in the result, and you (not only your team) in the action.
from autograde.stories import check_first_person, check_result

assert "explain_to_partners" in globals(), (
    "explain_to_partners is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = explain_to_partners
_fl_found = check_result(_fl_story) + check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_result(_fl_story) + _fl_rules.check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "explain_to_partners_test_3", "grade": true, "points": 1}
# Principle tags: 1 to 3 official names, at least one of them a principle this prompt probes.
from autograde.stories import check_principles, check_probed

assert "explain_to_partners" in globals(), (
    "explain_to_partners is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = explain_to_partners
_fl_probed = ["Earn Trust", "Customer Obsession", "Invent and Simplify"]
_fl_found = check_principles(_fl_story) + check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_principles(_fl_story) + _fl_rules.check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% [markdown]
# ## 5. A failure, and what you learned
# *Behavioral round · Owning a mistake and changing how you work*
#
# Everyone has failed; the question is whether you can say so plainly. The interviewer listens
# for a real failure (not a disguised strength such as "I worked too hard"), a clear statement
# that the mistake was yours, what you did the moment you noticed, and a lesson specific enough
# that you can show you have applied it since. Spend little time on the mistake and most of it
# on the recovery: how you told the people affected, how you repaired the damage, and what you
# changed so that it would not happen again. Blaming a colleague, a tool or a deadline is the
# fastest way to lose this round.
#
# > *"Tell me about a time you failed, or got something important wrong."*
#
# **Principles probed:** Earn Trust · Ownership · Learn and Be Curious.
#
# **What a strong answer shows:** the failure is real and clearly yours; you raised it yourself,
# quickly, with the people affected; the repair is concrete and measured; the lesson is a
# changed habit or process, with evidence that you have used it since.
#
# **Follow-ups the bar raiser asks:**
#
# - Who found the problem first, you or someone else? How long after you could have?
# - What did you say to your manager, in your own words?
# - What did it cost, in money, time or trust, before it was fixed?
# - When did the lesson last change something you did?
#
# **Question.** In the answer cell, define `failure_and_lesson`: one story dict that answers the
# prompt, with exactly the keys `title`, `situation`, `task`, `action`, `result` (texts),
# `principles` and `prompts` (lists of strings), as in the week 7 bank. Words are counted as
# whitespace-separated tokens with at least one letter or digit. Tests check these rules:
#
# - **Structure and length** (`failure_and_lesson_test`). A title of 1 to 12 words; at least 20
#   words of situation, 12 of task, 60 of action and 20 of result; no placeholder (`TODO`,
#   `TBD`, `xxx`, `[...]`); no two parts with the same text; the action holds at least 40% of
#   the words of the four parts, which together take 2 to 3 minutes at 140 words a minute (280
#   to 420 words); `prompts` holds at most 3 keys of `PROMPTS`, none twice (`"failure"` fits
#   here).
# - **Figures and first person** (`failure_and_lesson_test_2`). The result holds a figure in
#   digits (`12%`, `$40k`, `3 days`; a year such as 2023 or a label such as Q3 does not count).
#   The action has at least 3 of I, me, my, mine, myself (or I'm, I've, I'd, I'll) and more of
#   them than of we, us, our, ours, ourselves (or we're, we've, we'd, we'll).
# - **Principles** (`failure_and_lesson_test_3`). 1 to 3 of the 16 official names in
#   `PRINCIPLES` (letter case, spaces and punctuation do not matter), none twice, and at least
#   one of them among the principles this prompt probes, listed above.

# %% nbgrader={"grade_id": "failure_and_lesson", "solution": true} autograde={"target_minutes": 10}
# failure_and_lesson = {
#     "title": "",
#     "situation": "",
#     "task": "",
#     "action": "",
#     "result": "",
#     "principles": [],
#     "prompts": [],
# }
# While you write, check it in a scratch cell: review_story(failure_and_lesson), and
# check_probed(failure_and_lesson, [...the principles probed above...])
### BEGIN SOLUTION
failure_and_lesson = {
    "title": "The ranking model I launched without a control group",
    "situation": (
        "At a travel booking site, I built a new hotel-ranking model that raised clicks by 9% "
        "offline, and the product team wanted it live before the summer peak, three weeks away. "
        "Summer brings in about 40% of the year's bookings, so every week counted."
    ),
    "task": (
        "The model and the launch plan were mine. To save time, I chose to ship it to all users "
        "and judge it on a before-and-after comparison instead of an A/B test."
    ),
    "action": (
        "Three weeks after launch, bookings were up 2%, and I reported the model as a success. "
        "Then a colleague in finance asked me why cancellations had risen too, and I realised "
        "that my launch made it impossible to separate the model from the season. I told my "
        "manager that same day that I had set up the launch so that nobody could tell whether the "
        "model worked, and I proposed a fix: I put the old ranking back for half of the traffic "
        "and ran a proper two-week test. It showed clicks up 8%, but net stays after "
        "cancellations flat, because the model favoured free-cancellation rates that people "
        "booked speculatively and dropped later. I retrained it with completed stays as the label "
        "instead of clicks, and I tested it again against the old ranking. I then wrote a short "
        "post-mortem and presented it at the team review, my own mistake included, and I added a "
        "launch checklist that requires a holdout for any ranking change, however urgent."
    ),
    "result": (
        "The retrained model raised completed stays by 3.5% in its test, worth about $1.2M a "
        "year, and cancellations went back to their earlier level. The checklist has been used "
        "for 14 launches since. I learned to define success by what the business keeps, and to "
        "protect the control group most when time is short."
    ),
    "principles": ["Earn Trust", "Ownership"],
    "prompts": ["failure"],
}
### END SOLUTION

# %% nbgrader={"grade_id": "failure_and_lesson_test", "grade": true, "points": 1}
# Structure and spoken length: seven keys, four substantial STAR parts, 2 to 3 minutes aloud.
from autograde.stories import check_length, check_prompts, check_structure

assert "failure_and_lesson" in globals(), (
    "failure_and_lesson is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = failure_and_lesson
_fl_found = check_structure(_fl_story) + check_prompts(_fl_story) + check_length(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = (
    _fl_rules.check_structure(_fl_story)
    + _fl_rules.check_prompts(_fl_story)
    + _fl_rules.check_length(_fl_story)
)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "failure_and_lesson_test_2", "grade": true, "points": 1}
# A figure in the result, and you (not only your team) in the action.
from autograde.stories import check_first_person, check_result

assert "failure_and_lesson" in globals(), (
    "failure_and_lesson is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = failure_and_lesson
_fl_found = check_result(_fl_story) + check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_result(_fl_story) + _fl_rules.check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "failure_and_lesson_test_3", "grade": true, "points": 1}
# Principle tags: 1 to 3 official names, at least one of them a principle this prompt probes.
from autograde.stories import check_principles, check_probed

assert "failure_and_lesson" in globals(), (
    "failure_and_lesson is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = failure_and_lesson
_fl_probed = ["Earn Trust", "Ownership", "Learn and Be Curious"]
_fl_found = check_principles(_fl_story) + check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_principles(_fl_story) + _fl_rules.check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% [markdown]
# ## 6. Bar raiser: the time data proved you wrong
# *Bar-raiser round · Seeking out the evidence against your own view*
#
# Bar raisers like this question because it is hard to fake. Anyone can claim to be data-driven;
# few can name a belief they held publicly, the evidence that overturned it and the moment they
# said so to the people they had convinced. Choose a case where you had something at stake (a
# recommendation you had championed, a model you had built), not a trivial preference. Show how
# you went looking for the evidence against your view rather than stumbling on it, why the first
# analysis misled you (a confounder, a selection effect, a metric that measured something else),
# and how you corrected the record. Expect the bar raiser to push on the method: be ready to say
# why the second analysis deserves more trust than the first.
#
# > *"Tell me about a time you were wrong and changed your mind because of data."*
#
# **Principles probed:** Are Right, A Lot · Dive Deep · Learn and Be Curious.
#
# **What a strong answer shows:** a belief you had defended in front of others; a specific
# reason the earlier evidence misled you; a stronger analysis (an experiment, a natural
# experiment, a comparison that removes the confounder) or direct evidence from customers; you
# said you were wrong to the people you had convinced; the decision changed, with a figure.
#
# **Follow-ups the bar raiser asks:**
#
# - Why did you believe it in the first place? What would have convinced you earlier?
# - How confident are you in the new analysis? What could still be wrong with it?
# - How did the people who had backed your original view react?
# - What do you now do before you present a recommendation?
#
# **Question.** In the answer cell, define `bar_raiser_changed_mind`: one story dict that
# answers the prompt, with exactly the keys `title`, `situation`, `task`, `action`, `result`
# (texts), `principles` and `prompts` (lists of strings), as in the week 7 bank. Words are
# counted as whitespace-separated tokens with at least one letter or digit. Tests check these
# rules:
#
# - **Structure and length** (`bar_raiser_changed_mind_test`). A title of 1 to 12 words; at
#   least 20 words of situation, 12 of task, 60 of action and 20 of result; no placeholder
#   (`TODO`, `TBD`, `xxx`, `[...]`); no two parts with the same text; the action holds at least
#   40% of the words of the four parts, which together take 2 to 3 minutes at 140 words a minute
#   (280 to 420 words); `prompts` holds at most 3 keys of `PROMPTS`, none twice (`"failure"`
#   fits here).
# - **Figures and first person** (`bar_raiser_changed_mind_test_2`). The result holds a figure
#   in digits (`12%`, `$40k`, `3 days`; a year such as 2023 or a label such as Q3 does not
#   count). The action has at least 3 of I, me, my, mine, myself (or I'm, I've, I'd, I'll) and
#   more of them than of we, us, our, ours, ourselves (or we're, we've, we'd, we'll).
# - **Principles** (`bar_raiser_changed_mind_test_3`). 1 to 3 of the 16 official names in
#   `PRINCIPLES` (letter case, spaces and punctuation do not matter), none twice, and at least
#   one of them among the principles this prompt probes, listed above.

# %% nbgrader={"grade_id": "bar_raiser_changed_mind", "solution": true} autograde={"target_minutes": 10}
# bar_raiser_changed_mind = {
#     "title": "",
#     "situation": "",
#     "task": "",
#     "action": "",
#     "result": "",
#     "principles": [],
#     "prompts": [],
# }
# While you write, check it in a scratch cell: review_story(bar_raiser_changed_mind), and
# check_probed(bar_raiser_changed_mind, [...the principles probed above...])
### BEGIN SOLUTION
bar_raiser_changed_mind = {
    "title": "I was sure free shipping kept subscribers",
    "situation": (
        "At a pet-supplies subscription retailer, I had argued for a year that the free-shipping "
        "threshold kept customers subscribed, and I was leading a proposal to lower it from $49 "
        "to $35, at a cost of about $600k a year."
    ),
    "task": (
        "Before the budget review, I was asked to size the benefit, and I fully expected the "
        "analysis to prove me right, since I had already pitched the idea to two directors."
    ),
    "action": (
        "I started with the comparison I had always quoted: customers who used free shipping "
        "renewed at 78%, against 61% for the others. This time I asked what else differed between "
        "the two groups, and I saw that free-shipping customers had more pets and larger baskets "
        "to begin with; the threshold was selecting big buyers, not creating them. To get closer "
        "to cause and effect, I used a natural experiment: a logistics deal had lowered the "
        "threshold in one region for three months. I compared renewals there with similar "
        "regions, before and after, and the lift was under 1 point, well inside the noise. I also "
        "read 150 cancellation survey answers; shipping cost came up in 6% of them, while late "
        "deliveries came up in 31%. That contradicted what I had told leadership for a year, so I "
        "said it plainly in the review: I showed my old number, why it was misleading, and the "
        "new estimate, and I proposed spending part of the budget on delivery reliability "
        "instead."
    ),
    "result": (
        "The company kept the $49 threshold and saved the $600k. A third of that money paid for a "
        "faster carrier in the two slowest regions, where cancellations fell by 12% over the next "
        "two quarters. I learned to test my favourite explanation first and hardest, and I now "
        "look for the strongest evidence against a recommendation before I present it."
    ),
    "principles": ["Are Right, A Lot", "Dive Deep"],
    "prompts": ["failure", "deep_dive"],
}
### END SOLUTION

# %% nbgrader={"grade_id": "bar_raiser_changed_mind_test", "grade": true, "points": 1}
# Structure and spoken length: seven keys, four substantial STAR parts, 2 to 3 minutes aloud.
from autograde.stories import check_length, check_prompts, check_structure

assert "bar_raiser_changed_mind" in globals(), (
    "bar_raiser_changed_mind is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = bar_raiser_changed_mind
_fl_found = check_structure(_fl_story) + check_prompts(_fl_story) + check_length(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = (
    _fl_rules.check_structure(_fl_story)
    + _fl_rules.check_prompts(_fl_story)
    + _fl_rules.check_length(_fl_story)
)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "bar_raiser_changed_mind_test_2", "grade": true, "points": 1}
# A figure in the result, and you (not only your team) in the action.
from autograde.stories import check_first_person, check_result

assert "bar_raiser_changed_mind" in globals(), (
    "bar_raiser_changed_mind is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = bar_raiser_changed_mind
_fl_found = check_result(_fl_story) + check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_result(_fl_story) + _fl_rules.check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "bar_raiser_changed_mind_test_3", "grade": true, "points": 1}
# Principle tags: 1 to 3 official names, at least one of them a principle this prompt probes.
from autograde.stories import check_principles, check_probed

assert "bar_raiser_changed_mind" in globals(), (
    "bar_raiser_changed_mind is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = bar_raiser_changed_mind
_fl_probed = ["Are Right, A Lot", "Dive Deep", "Learn and Be Curious"]
_fl_found = check_principles(_fl_story) + check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_principles(_fl_story) + _fl_rules.check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% [markdown]
# ## 7. Bar raiser: raising the bar when it cost time
# *Bar-raiser round · Refusing to ship work that is not good enough, and fixing the cause*
#
# The bar raiser wants to know where your own bar is, and what you do when holding it has a
# price. A strong story has a visible cost (a missed date, an unhappy sponsor, a smaller
# headline number), a defect you found yourself, a clear argument for why shipping anyway would
# have hurt customers or decisions, and a fix that removes the cause for everyone rather than
# patching your own case. The interviewer will probe the trade-off from the other side, so show
# that you weighed it: perfectionism that delays everything is not a high standard either. Say
# what you were willing to cut and what you were not.
#
# > *"Tell me about a time you insisted on a higher standard of quality, even though it cost
# > your team time."*
#
# **Principles probed:** Insist on the Highest Standards · Ownership · Dive Deep.
#
# **What a strong answer shows:** you found the problem yourself and can explain it technically;
# the cost of the delay is stated, not hidden; you argued the trade-off with the people who paid
# for it and took responsibility for the slip; the fix prevents the same defect in future work;
# the result after the delay is measured.
#
# **Follow-ups the bar raiser asks:**
#
# - Who disagreed with the delay, and what was their best argument?
# - What would have happened if you had shipped on time and fixed it later?
# - Where do you draw the line between high standards and perfectionism?
# - Tell me about a time you shipped something you knew was not perfect. Why was that right?
#
# **Question.** In the answer cell, define `bar_raiser_quality_bar`: one story dict that answers
# the prompt, with exactly the keys `title`, `situation`, `task`, `action`, `result` (texts),
# `principles` and `prompts` (lists of strings), as in the week 7 bank. Words are counted as
# whitespace-separated tokens with at least one letter or digit. Tests check these rules:
#
# - **Structure and length** (`bar_raiser_quality_bar_test`). A title of 1 to 12 words; at least
#   20 words of situation, 12 of task, 60 of action and 20 of result; no placeholder (`TODO`,
#   `TBD`, `xxx`, `[...]`); no two parts with the same text; the action holds at least 40% of
#   the words of the four parts, which together take 2 to 3 minutes at 140 words a minute (280
#   to 420 words); `prompts` holds at most 3 keys of `PROMPTS`, none twice (`"high_standards"`
#   fits here).
# - **Figures and first person** (`bar_raiser_quality_bar_test_2`). The result holds a figure in
#   digits (`12%`, `$40k`, `3 days`; a year such as 2023 or a label such as Q3 does not count).
#   The action has at least 3 of I, me, my, mine, myself (or I'm, I've, I'd, I'll) and more of
#   them than of we, us, our, ours, ourselves (or we're, we've, we'd, we'll).
# - **Principles** (`bar_raiser_quality_bar_test_3`). 1 to 3 of the 16 official names in
#   `PRINCIPLES` (letter case, spaces and punctuation do not matter), none twice, and at least
#   one of them among the principles this prompt probes, listed above.

# %% nbgrader={"grade_id": "bar_raiser_quality_bar", "solution": true} autograde={"target_minutes": 10}
# bar_raiser_quality_bar = {
#     "title": "",
#     "situation": "",
#     "task": "",
#     "action": "",
#     "result": "",
#     "principles": [],
#     "prompts": [],
# }
# While you write, check it in a scratch cell: review_story(bar_raiser_quality_bar), and
# check_probed(bar_raiser_quality_bar, [...the principles probed above...])
### BEGIN SOLUTION
bar_raiser_quality_bar = {
    "title": "Delaying a lead-scoring launch over a leaked feature",
    "situation": (
        "At a used-car marketplace, we had promised leadership a new lead-scoring model for "
        "dealers by the end of the quarter. Dealers used the scores to decide which buyers to "
        "call first."
    ),
    "task": (
        "I led the model, and two weeks before the deadline its AUC of 0.91 looked far too good "
        "next to the 0.74 of the version in production."
    ),
    "action": (
        "I did not trust a jump that large, so I went through the features one by one and found a "
        "leak: a field that recorded whether the dealer had replied was filled in after the lead "
        "was scored, so the model was partly reading the outcome. Without it, the AUC fell to "
        "0.78, still a gain but a much smaller one. My manager asked whether we could ship on "
        "time and fix it later. I argued against it: dealers would act on scores that looked "
        "great in our reports but ranked leads worse in practice, and a bad first impression "
        "would make them ignore the next version too. I proposed three more weeks to rebuild the "
        "feature pipeline on point-in-time snapshots, so that no feature could come from the "
        "future, followed by a shadow test with 40 dealers. I told the leadership sponsor myself, "
        "with the before-and-after numbers, and took the delay on my name. I also added an "
        "automatic check to our training pipeline that fails any feature whose timestamp is later "
        "than the scoring time, so the next leak would be caught by a machine and not by luck."
    ),
    "result": (
        "The model launched three weeks late. In the shadow test, dealers who called leads in "
        "score order turned 14% more of them into test drives, and the gain held at 12% after the "
        "rollout to 600 dealers. The leak check has since stopped 3 leaky features in other "
        "teams' models. I learned to treat a result that looks too good as a bug until proven "
        "otherwise."
    ),
    "principles": ["Insist on the Highest Standards", "Dive Deep"],
    "prompts": ["high_standards", "tight_deadline"],
}
### END SOLUTION

# %% nbgrader={"grade_id": "bar_raiser_quality_bar_test", "grade": true, "points": 1}
# Structure and spoken length: seven keys, four substantial STAR parts, 2 to 3 minutes aloud.
from autograde.stories import check_length, check_prompts, check_structure

assert "bar_raiser_quality_bar" in globals(), (
    "bar_raiser_quality_bar is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = bar_raiser_quality_bar
_fl_found = check_structure(_fl_story) + check_prompts(_fl_story) + check_length(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = (
    _fl_rules.check_structure(_fl_story)
    + _fl_rules.check_prompts(_fl_story)
    + _fl_rules.check_length(_fl_story)
)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "bar_raiser_quality_bar_test_2", "grade": true, "points": 1}
# A figure in the result, and you (not only your team) in the action.
from autograde.stories import check_first_person, check_result

assert "bar_raiser_quality_bar" in globals(), (
    "bar_raiser_quality_bar is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = bar_raiser_quality_bar
_fl_found = check_result(_fl_story) + check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_result(_fl_story) + _fl_rules.check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "bar_raiser_quality_bar_test_3", "grade": true, "points": 1}
# Principle tags: 1 to 3 official names, at least one of them a principle this prompt probes.
from autograde.stories import check_principles, check_probed

assert "bar_raiser_quality_bar" in globals(), (
    "bar_raiser_quality_bar is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = bar_raiser_quality_bar
_fl_probed = ["Insist on the Highest Standards", "Ownership", "Dive Deep"]
_fl_found = check_principles(_fl_story) + check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_principles(_fl_story) + _fl_rules.check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% [markdown]
# ## 8. Bar raiser: the customer against the metric
# *Bar-raiser round · Looking past the headline metric to what the customer experiences*
#
# Every target can be hit in a way that hurts customers, and data scientists are often the first
# to see it. This question asks whether you noticed, and whether you acted when the metric was
# going up. The strongest stories show a specific harm that the official metric did not count
# (complaints, opt-outs, returns, trust), evidence of its size, a design that keeps most of the
# business gain without the harm, and a change in how such decisions are measured afterwards.
# Expect the bar raiser to ask for the cost to the business: a customer-obsessed answer that
# ignores the numbers is not convincing, and one that ignores the customer fails the round.
#
# > *"Tell me about a time you put the customer ahead of a business metric you were responsible
# > for."*
#
# **Principles probed:** Customer Obsession · Success and Scale Bring Broad Responsibility ·
# Have Backbone; Disagree and Commit.
#
# **What a strong answer shows:** the metric and its owner are named; the harm is measured, not
# assumed; the long-run cost is estimated; an alternative keeps most of the gain; you held your
# position with people who wanted the easy win; measurement changed afterwards (a guardrail
# metric, a longer test).
#
# **Follow-ups the bar raiser asks:**
#
# - How much of the business gain did you give up, and who had to explain that?
# - How did you know the customer harm was real and not noise?
# - What would you have done if your manager had shipped the metric-maximising version anyway?
# - Which guardrail metric would you add to your current team's tests?
#
# **Question.** In the answer cell, define `bar_raiser_customer_vs_metric`: one story dict that
# answers the prompt, with exactly the keys `title`, `situation`, `task`, `action`, `result`
# (texts), `principles` and `prompts` (lists of strings), as in the week 7 bank. Words are
# counted as whitespace-separated tokens with at least one letter or digit. Tests check these
# rules:
#
# - **Structure and length** (`bar_raiser_customer_vs_metric_test`). A title of 1 to 12 words;
#   at least 20 words of situation, 12 of task, 60 of action and 20 of result; no placeholder
#   (`TODO`, `TBD`, `xxx`, `[...]`); no two parts with the same text; the action holds at least
#   40% of the words of the four parts, which together take 2 to 3 minutes at 140 words a minute
#   (280 to 420 words); `prompts` holds at most 3 keys of `PROMPTS`, none twice
#   (`"customer_insight"` fits here).
# - **Figures and first person** (`bar_raiser_customer_vs_metric_test_2`). The result holds a
#   figure in digits (`12%`, `$40k`, `3 days`; a year such as 2023 or a label such as Q3 does
#   not count). The action has at least 3 of I, me, my, mine, myself (or I'm, I've, I'd, I'll)
#   and more of them than of we, us, our, ours, ourselves (or we're, we've, we'd, we'll).
# - **Principles** (`bar_raiser_customer_vs_metric_test_3`). 1 to 3 of the 16 official names in
#   `PRINCIPLES` (letter case, spaces and punctuation do not matter), none twice, and at least
#   one of them among the principles this prompt probes, listed above.

# %% nbgrader={"grade_id": "bar_raiser_customer_vs_metric", "solution": true} autograde={"target_minutes": 10}
# bar_raiser_customer_vs_metric = {
#     "title": "",
#     "situation": "",
#     "task": "",
#     "action": "",
#     "result": "",
#     "principles": [],
#     "prompts": [],
# }
# While you write, check it in a scratch cell: review_story(bar_raiser_customer_vs_metric), and
# check_probed(bar_raiser_customer_vs_metric, [...the principles probed above...])
### BEGIN SOLUTION
bar_raiser_customer_vs_metric = {
    "title": "Capping a notification that lifted orders",
    "situation": (
        "At a food-delivery app, a push notification telling people that their favourite "
        "restaurant was open raised orders by 3% in a test, and the growth team wanted to send it "
        "daily instead of weekly."
    ),
    "task": (
        "I was the data scientist on the notifications team, and I had to recommend whether to "
        "scale it, knowing that the quarter's growth plan counted on it."
    ),
    "action": (
        "Before signing off, I looked past the order metric that the test was judged on. Among "
        "users who got the daily version, app uninstalls ran at 2.4 times the control rate, and "
        "notification opt-outs had risen from 4% to 11%. An opt-out is permanent, so I estimated "
        "the orders we would lose over the following year and found that the daily version fell "
        "behind after about five months. I also read 80 app-store reviews from the test period, "
        "and a third of them called the messages spam. I proposed a different design: notify only "
        "when the restaurant had a new dish or a discount, at most twice a week, and I set it up "
        "as a new test with three arms. The growth lead disagreed, because the cap gave up an "
        "easy win for the quarter. I walked her and the vice president through the uninstall "
        "analysis, and I offered to follow both versions for eight weeks, so that the decision "
        "would rest on long-term data and not on my opinion."
    ),
    "result": (
        "The capped version kept 2.1 of the 3 points of order lift, opt-outs stayed at 4.5%, and "
        "after 8 weeks it brought more orders per user than the daily version. Uninstalls and "
        "opt-outs became guardrail metrics in every growth test. I learned to ask what a metric "
        "costs the customer before I optimise it."
    ),
    "principles": ["Customer Obsession", "Have Backbone; Disagree and Commit"],
    "prompts": ["customer_insight"],
}
### END SOLUTION

# %% nbgrader={"grade_id": "bar_raiser_customer_vs_metric_test", "grade": true, "points": 1}
# Structure and spoken length: seven keys, four substantial STAR parts, 2 to 3 minutes aloud.
from autograde.stories import check_length, check_prompts, check_structure

assert "bar_raiser_customer_vs_metric" in globals(), (
    "bar_raiser_customer_vs_metric is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = bar_raiser_customer_vs_metric
_fl_found = check_structure(_fl_story) + check_prompts(_fl_story) + check_length(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = (
    _fl_rules.check_structure(_fl_story)
    + _fl_rules.check_prompts(_fl_story)
    + _fl_rules.check_length(_fl_story)
)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "bar_raiser_customer_vs_metric_test_2", "grade": true, "points": 1}
# A figure in the result, and you (not only your team) in the action.
from autograde.stories import check_first_person, check_result

assert "bar_raiser_customer_vs_metric" in globals(), (
    "bar_raiser_customer_vs_metric is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = bar_raiser_customer_vs_metric
_fl_found = check_result(_fl_story) + check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_result(_fl_story) + _fl_rules.check_first_person(_fl_story)
assert not _fl_found, "The story is not ready yet:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "bar_raiser_customer_vs_metric_test_3", "grade": true, "points": 1}
# Principle tags: 1 to 3 official names, at least one of them a principle this prompt probes.
from autograde.stories import check_principles, check_probed

assert "bar_raiser_customer_vs_metric" in globals(), (
    "bar_raiser_customer_vs_metric is not defined yet: write the story dict in the answer cell "
    "and run it"
)
_fl_story = bar_raiser_customer_vs_metric
_fl_probed = [
    "Customer Obsession",
    "Success and Scale Bring Broad Responsibility",
    "Have Backbone; Disagree and Commit",
]
_fl_found = check_principles(_fl_story) + check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### BEGIN HIDDEN TESTS
# The same rules from a freshly loaded copy, so a patched autograde.stories passes nothing.
import importlib as _fl_importlib

import autograde.stories as _fl_rules

_fl_rules = _fl_importlib.reload(_fl_rules)
_fl_found = _fl_rules.check_principles(_fl_story) + _fl_rules.check_probed(_fl_story, _fl_probed)
assert not _fl_found, "The principle tags need fixing:\n- " + "\n- ".join(_fl_found)
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade_id": "loop_debrief_rubric", "task": true, "points": 4}
# ### Rubric: the delivery (4 points, marked by a peer or an instructor)
#
# The marker chooses two of the rounds above, one behavioral and one bar-raiser, and reads
# each prompt aloud without warning. The learner answers from memory, without the notebook, with
# a timer running, and the marker then asks two follow-ups per story: one from the list under
# the prompt and one of their own. One point per criterion, for both stories together.
#
# - **Time and shape (1).** Each answer takes 2 to 3 minutes; the situation and the task are
#   over within the first minute; the result arrives with its figures and a lesson. Half a
#   point if only one of the two stories meets this.
# - **Your own decisions (1).** The listener can name at least one decision in each story that
#   the learner made personally, the options weighed and the reason for the choice; "I" and
#   "we" are used honestly, and others get credit for their part.
# - **Holding up under follow-ups (1).** The follow-up answers add new, consistent detail
#   (numbers, names of methods, what others said) instead of repeating the story; the learner
#   can say how a figure was measured and against what baseline. Half a point if one follow-up
#   out of four gets a vague or contradictory answer.
# - **Fit to the prompt and candour (1).** Each story answers the question asked and shows one
#   of the probed principles; mistakes and disagreements are told plainly, without blaming
#   others; the lesson is specific and the learner can say when it last changed what they did.
#
# The marker writes one sentence per criterion explaining the score, and the learner rewrites
# the weakest story before the next mock loop.

# %% [markdown]
# ## Your full loop
#
# When the stories above hold up, sit the whole loop in one go: seven rounds, one per kind of
# interview (SQL, Python, statistics, machine learning, a product case, a behavioral round and
# a bar-raiser round), about two hours and a quarter, each round drawn from the exercises of
# weeks 1 to 8 and each with its own time budget.
#
# 1. Run the cell below. It writes a new notebook next to this one,
#    `full_loop_attempt_01.ipynb` (then `_02`, ...), with the rounds and their budgets at the
#    top, and links to it. Earlier attempts are never replaced.
# 2. Work through the rounds in order, on the clock; move on when a round's time is up.
# 3. Save and run **Check your work** at its end (or `autograde check
#    week08/full_loop_attempt_01.ipynb`). The report shows points and minutes per round.
# 4. Debrief. Each check appends the attempt's rounds, points and times to
#    `full_loop_debrief.md` in this folder; write under it what cost you time and what you will
#    do first next time. A round you missed comes back in your next attempt, then two attempts
#    later, then four, until you have passed it three times in a row.
#
# The same seed and the same history draw the same rounds, so a study group can sit one loop
# together: `open_attempt("full_loop", seed=2024)`. From a terminal: `autograde mock full_loop`.

# %%
from autograde.mock import open_attempt

open_attempt("full_loop")
