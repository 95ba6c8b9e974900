# %% [markdown]
# # Week 4 · Mock interview 1: the technical screen
#
# Halfway through the plan, rehearse the technical screen as one sitting: four rounds, one
# each of SQL, Python, statistics and machine learning, drawn from the exercises of weeks 1
# to 3, about 80 minutes in all. The point is not new material but the conditions: a clock,
# a question you did not choose, no notes, and saying your reasoning out loud as you type.
#
# **How an attempt works.**
#
# 1. Run the cell under "Start an attempt". It writes a new notebook next to this one,
#    `mock_interview_1_attempt_01.ipynb` (then `_02`, `_03`, ...), and links to it. Earlier
#    attempts are never replaced.
# 2. Open it. The top lists the rounds and each round's time budget. Work through them in
#    order; a round holds the question exactly as its week asked it, with its set-up cells.
# 3. Stop when a round's time is up, even mid-answer: an interviewer would move on too.
# 4. Save and run **Check your work** at the end of the attempt (or
#    `autograde check week04/mock_interview_1_attempt_01.ipynb` in a terminal). The report
#    shows points per round and the minutes you took next to the budget.
#
# **The debrief.** Every check of an attempt is appended to `mock_interview_1_debrief.md`
# in this folder (and to a log in `.autograde/` that the next draw reads). Write two lines
# under each entry: what slowed you down, and what you will do first next time.
#
# **Spaced repetition.** A round you did not get full marks on comes back in your next
# attempt. Get it right there and it returns two attempts later, then four; three passes in
# a row retire it. Other rounds are drawn at random among exercises you have not had yet,
# from a seed: the same seed and the same history give the same rounds, so a study group can
# sit the same mock (`open_attempt("mock_interview_1", seed=2024)`), and a different seed
# gives different rounds. From a terminal: `autograde mock mock_interview_1 [--seed N]`.
#
# **Before you start.** Pick a quiet hour. Keep a blank sheet for the statistics round.
# Narrate: interviewers score the reasoning they hear, not only the cell that passes.

# %% [markdown]
# ## Start an attempt
# Run the cell below (Shift+Enter). To sit a given draw, pass a seed:
# `open_attempt("mock_interview_1", seed=7)`.

# %%
from autograde.mock import open_attempt

open_attempt("mock_interview_1")
