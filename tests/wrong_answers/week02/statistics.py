"""Plausible wrong answers for week02/statistics: each must lose points."""

WRONG_ANSWERS = {
    "birthday_match_probability": [
        # treats the n(n-1)/2 pairs as independent: the classic approximation, not the answer
        '''def birthday_match_probability(n_people, n_days=365):
    pairs = n_people * (n_people - 1) / 2
    return 1 - (1 - 1 / n_days) ** pairs
''',
        # answers "someone shares MY birthday" instead of "some two people share a birthday"
        '''def birthday_match_probability(n_people, n_days=365):
    return 1 - ((n_days - 1) / n_days) ** (n_people - 1) if n_people > 0 else 0.0
''',
    ],
    "prob_at_least_k_sixes": [
        # binom.sf(k) is P(X > k): one term short of "at least k"
        '''def prob_at_least_k_sixes(n_dice, k):
    from scipy import stats
    return float(stats.binom.sf(k, n_dice, 1 / 6))
''',
        # computes "exactly k sixes" instead of "at least k"
        '''def prob_at_least_k_sixes(n_dice, k):
    import math
    if k > n_dice:
        return 0.0
    return math.comb(n_dice, k) * (1 / 6) ** k * (5 / 6) ** (n_dice - k)
''',
    ],
    "posterior_given_positive": [
        # uses the specificity as the false-positive rate
        '''def posterior_given_positive(prevalence, sensitivity, specificity, positives=1):
    sick = prevalence * sensitivity ** positives
    healthy = (1 - prevalence) * specificity ** positives
    return sick / (sick + healthy)
''',
        # repeats the sick side for every test but counts the false positives only once
        '''def posterior_given_positive(prevalence, sensitivity, specificity, positives=1):
    sick = prevalence * sensitivity ** positives
    healthy = (1 - prevalence) * (1 - specificity)
    return sick / (sick + healthy)
''',
    ],
    "expected_tosses_until_run": [
        # treats the run as one event of probability p^k, ignoring the overlap of attempts
        '''def expected_tosses_until_run(run_length, p=0.5):
    return 1 / p ** run_length
''',
        # the fair-coin answer 2^(k+1) - 2, applied to every coin
        '''def expected_tosses_until_run(run_length, p=0.5):
    return float(2 ** (run_length + 1) - 2)
''',
    ],
    "expected_orders_to_collect": [
        # n ln n: only the leading term of the growth
        '''def expected_orders_to_collect(n_cards, already_have=0):
    import math
    return n_cards * math.log(n_cards) if n_cards - already_have > 0 else 0.0
''',
        # full-set wait minus one order per card already owned
        '''def expected_orders_to_collect(n_cards, already_have=0):
    return n_cards * sum(1 / i for i in range(1, n_cards + 1)) - already_have
''',
    ],
    "coin_bias_p_value": [
        # one-sided: only counts outcomes with at least as many heads
        '''def coin_bias_p_value(heads, flips):
    from scipy import stats
    return float(stats.binom.sf(heads - 1, flips, 0.5))
''',
        # normal approximation instead of the exact test
        '''def coin_bias_p_value(heads, flips):
    import math
    from scipy import stats
    z = (heads - flips / 2) / math.sqrt(flips / 4)
    return float(2 * stats.norm.sf(abs(z)))
''',
        # doubles the smaller tail but forgets to cap the result at 1
        '''def coin_bias_p_value(heads, flips):
    from scipy import stats
    lower = stats.binom.cdf(heads, flips, 0.5)
    upper = stats.binom.sf(heads - 1, flips, 0.5)
    return float(2 * min(lower, upper))
''',
    ],
    "one_sample_z_test": [
        # plugs in the sample standard deviation instead of the known sigma
        '''def one_sample_z_test(sample, mu0, sigma):
    import math
    import numpy as np
    from scipy import stats
    values = np.asarray(sample, dtype=float)
    spread = values.std(ddof=1) if values.size > 1 else sigma
    z = (values.mean() - mu0) / (spread / math.sqrt(values.size))
    return float(z), float(2 * stats.norm.sf(abs(z)))
''',
        # one-sided p-value
        '''def one_sample_z_test(sample, mu0, sigma):
    import math
    import numpy as np
    from scipy import stats
    values = np.asarray(sample, dtype=float)
    z = (values.mean() - mu0) / (sigma / math.sqrt(values.size))
    return float(z), float(stats.norm.sf(z))
''',
    ],
    "welch_t_test": [
        # Student's pooled-variance t-test with n_a + n_b - 2 degrees of freedom
        '''def welch_t_test(a, b):
    import math
    import numpy as np
    from scipy import stats
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    df = a.size + b.size - 2
    pooled = ((a.size - 1) * a.var(ddof=1) + (b.size - 1) * b.var(ddof=1)) / df
    t = (a.mean() - b.mean()) / math.sqrt(pooled * (1 / a.size + 1 / b.size))
    return float(t), float(df), float(2 * stats.t.sf(abs(t), df))
''',
        # Welch's statistic with the conservative df = min(n_a, n_b) - 1
        '''def welch_t_test(a, b):
    import math
    import numpy as np
    from scipy import stats
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    t = (a.mean() - b.mean()) / math.sqrt(a.var(ddof=1) / a.size + b.var(ddof=1) / b.size)
    df = min(a.size, b.size) - 1
    return float(t), float(df), float(2 * stats.t.sf(abs(t), df))
''',
        # correct numbers, but through the library call the question rules out
        '''def welch_t_test(a, b):
    from scipy import stats
    result = stats.ttest_ind(a, b, equal_var=False)
    return float(result.statistic), float(result.df), float(result.pvalue)
''',
    ],
    "chi_square_independence": [
        # applies Yates' continuity correction (scipy's default for 2 x 2 tables)
        '''def chi_square_independence(table):
    import numpy as np
    from scipy import stats
    observed = np.asarray(table, dtype=float)
    expected = observed.sum(axis=1, keepdims=True) * observed.sum(axis=0, keepdims=True) / observed.sum()
    dof = (observed.shape[0] - 1) * (observed.shape[1] - 1)
    gap = np.abs(observed - expected)
    if dof == 1:
        gap = np.maximum(gap - 0.5, 0)
    chi2 = float((gap ** 2 / expected).sum())
    return chi2, dof, float(stats.chi2.sf(chi2, dof))
''',
        # degrees of freedom = number of cells - 1
        '''def chi_square_independence(table):
    import numpy as np
    from scipy import stats
    observed = np.asarray(table, dtype=float)
    expected = observed.sum(axis=1, keepdims=True) * observed.sum(axis=0, keepdims=True) / observed.sum()
    chi2 = float(((observed - expected) ** 2 / expected).sum())
    dof = observed.size - 1
    return chi2, dof, float(stats.chi2.sf(chi2, dof))
''',
        # expected counts spread evenly over the cells (a goodness-of-fit test, not independence)
        '''def chi_square_independence(table):
    import numpy as np
    from scipy import stats
    observed = np.asarray(table, dtype=float)
    expected = np.full(observed.shape, observed.sum() / observed.size)
    chi2 = float(((observed - expected) ** 2 / expected).sum())
    dof = (observed.shape[0] - 1) * (observed.shape[1] - 1)
    return chi2, dof, float(stats.chi2.sf(chi2, dof))
''',
    ],
    "prime_order_value_test": [
        # averages per customer first: the unit of analysis becomes the customer
        '''def prime_order_value_test():
    from scipy import stats
    per_user = con.sql("""
        SELECT u.user_id, u.is_prime, AVG(t.quantity * p.price) AS order_value
        FROM transactions AS t
        JOIN users AS u ON u.user_id = t.user_id
        JOIN products AS p ON p.product_id = t.product_id
        GROUP BY u.user_id, u.is_prime
    """).df()
    prime = per_user.loc[per_user["is_prime"], "order_value"].to_numpy(dtype=float)
    other = per_user.loc[~per_user["is_prime"], "order_value"].to_numpy(dtype=float)
    result = stats.ttest_ind(prime, other, equal_var=False)
    return {"n_prime": len(prime), "n_other": len(other), "prime_mean": float(prime.mean()),
            "other_mean": float(other.mean()), "t": float(result.statistic), "p_value": float(result.pvalue)}
''',
        # forgets the quantity: compares unit prices, not order values
        '''def prime_order_value_test():
    from scipy import stats
    orders = con.sql("""
        SELECT u.is_prime, p.price AS order_value
        FROM transactions AS t
        JOIN users AS u ON u.user_id = t.user_id
        JOIN products AS p ON p.product_id = t.product_id
    """).df()
    prime = orders.loc[orders["is_prime"], "order_value"].to_numpy(dtype=float)
    other = orders.loc[~orders["is_prime"], "order_value"].to_numpy(dtype=float)
    result = stats.ttest_ind(prime, other, equal_var=False)
    return {"n_prime": len(prime), "n_other": len(other), "prime_mean": float(prime.mean()),
            "other_mean": float(other.mean()), "t": float(result.statistic), "p_value": float(result.pvalue)}
''',
        # Student's pooled t-test instead of Welch's
        '''def prime_order_value_test():
    from scipy import stats
    orders = con.sql("""
        SELECT u.is_prime, t.quantity * p.price AS order_value
        FROM transactions AS t
        JOIN users AS u ON u.user_id = t.user_id
        JOIN products AS p ON p.product_id = t.product_id
    """).df()
    prime = orders.loc[orders["is_prime"], "order_value"].to_numpy(dtype=float)
    other = orders.loc[~orders["is_prime"], "order_value"].to_numpy(dtype=float)
    result = stats.ttest_ind(prime, other)
    return {"n_prime": len(prime), "n_other": len(other), "prime_mean": float(prime.mean()),
            "other_mean": float(other.mean()), "t": float(result.statistic), "p_value": float(result.pvalue)}
''',
    ],
    "mean_confidence_interval": [
        # the normal quantile (1.96) instead of the t quantile
        '''def mean_confidence_interval(sample, confidence=0.95):
    import math
    import numpy as np
    from scipy import stats
    values = np.asarray(sample, dtype=float)
    half = stats.norm.ppf((1 + confidence) / 2) * values.std(ddof=1) / math.sqrt(values.size)
    return float(values.mean() - half), float(values.mean() + half)
''',
        # population standard deviation (ddof=0) with the t quantile
        '''def mean_confidence_interval(sample, confidence=0.95):
    import math
    import numpy as np
    from scipy import stats
    values = np.asarray(sample, dtype=float)
    half = stats.t.ppf((1 + confidence) / 2, values.size - 1) * values.std() / math.sqrt(values.size)
    return float(values.mean() - half), float(values.mean() + half)
''',
    ],
    "wilson_interval": [
        # the Wald interval, p_hat +- z * sqrt(p_hat (1 - p_hat) / n)
        '''def wilson_interval(successes, n, confidence=0.95):
    import math
    from scipy import stats
    z = stats.norm.ppf((1 + confidence) / 2)
    p_hat = successes / n
    half = z * math.sqrt(p_hat * (1 - p_hat) / n)
    return max(0.0, p_hat - half), min(1.0, p_hat + half)
''',
        # Wilson's formula with the one-sided quantile (1.645 at 95%)
        '''def wilson_interval(successes, n, confidence=0.95):
    import math
    from scipy import stats
    z = stats.norm.ppf(confidence)
    p_hat = successes / n
    shrink = 1 + z * z / n
    centre = (p_hat + z * z / (2 * n)) / shrink
    half = z / shrink * math.sqrt(p_hat * (1 - p_hat) / n + z * z / (4 * n * n))
    return centre - half, centre + half
''',
    ],
    "two_proportion_power": [
        # one-sided quantile z_(1 - alpha) for a two-sided test
        '''def two_proportion_power(p1, p2, n_per_group, alpha=0.05):
    import math
    from scipy import stats
    p_bar = (p1 + p2) / 2
    se_null = math.sqrt(2 * p_bar * (1 - p_bar) / n_per_group)
    se_alt = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n_per_group)
    return float(stats.norm.cdf((abs(p1 - p2) - stats.norm.ppf(1 - alpha) * se_null) / se_alt))
''',
        # one standard error (the alternative's) for both hypotheses
        '''def two_proportion_power(p1, p2, n_per_group, alpha=0.05):
    import math
    from scipy import stats
    se = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n_per_group)
    return float(stats.norm.cdf(abs(p1 - p2) / se - stats.norm.ppf(1 - alpha / 2)))
''',
    ],
    "two_proportion_sample_size": [
        # truncates instead of rounding up
        '''def two_proportion_sample_size(p1, p2, alpha=0.05, power=0.8):
    import math
    from scipy import stats
    p_bar = (p1 + p2) / 2
    spread = (stats.norm.ppf(1 - alpha / 2) * math.sqrt(2 * p_bar * (1 - p_bar))
              + stats.norm.ppf(power) * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))
    return int((spread / abs(p1 - p2)) ** 2)
''',
        # the rule of thumb n = 16 p (1 - p) / delta^2
        '''def two_proportion_sample_size(p1, p2, alpha=0.05, power=0.8):
    import math
    p_bar = (p1 + p2) / 2
    return math.ceil(16 * p_bar * (1 - p_bar) / (p1 - p2) ** 2)
''',
        # one-sided quantile for the significance level
        '''def two_proportion_sample_size(p1, p2, alpha=0.05, power=0.8):
    import math
    from scipy import stats
    p_bar = (p1 + p2) / 2
    spread = (stats.norm.ppf(1 - alpha) * math.sqrt(2 * p_bar * (1 - p_bar))
              + stats.norm.ppf(power) * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))
    return math.ceil((spread / abs(p1 - p2)) ** 2)
''',
    ],
    "exponential_rate_mle": [
        # returns the mean wait: the scale 1/lambda, not the rate
        '''def exponential_rate_mle(waits):
    import numpy as np
    return float(np.mean(waits))
''',
        # the unbiased estimator (n - 1) / sum, which is not the MLE
        '''def exponential_rate_mle(waits):
    import numpy as np
    values = np.asarray(waits, dtype=float)
    return float((values.size - 1) / values.sum())
''',
        # scipy's fit with a free location: a two-parameter model
        '''def exponential_rate_mle(waits):
    from scipy import stats
    loc, scale = stats.expon.fit(waits)
    return 1 / scale
''',
    ],
    "poisson_rate_from_histogram": [
        # averages the entries of the frequency table
        '''def poisson_rate_from_histogram(days_with_k):
    import numpy as np
    return float(np.mean(days_with_k))
''',
        # divides the total number of events by the number of table entries
        '''def poisson_rate_from_histogram(days_with_k):
    total = sum(k * days for k, days in enumerate(days_with_k))
    return total / len(days_with_k)
''',
    ],
    "bernoulli_mle_with_se": [
        # sample standard deviation (ddof=1) over sqrt(n)
        '''def bernoulli_mle_with_se(outcomes):
    import math
    import numpy as np
    values = np.asarray(outcomes, dtype=float)
    return float(values.mean()), float(values.std(ddof=1) / math.sqrt(values.size))
''',
        # square root over the numerator only
        '''def bernoulli_mle_with_se(outcomes):
    import math
    import numpy as np
    values = np.asarray(outcomes, dtype=float)
    p_hat = values.mean()
    return float(p_hat), math.sqrt(p_hat * (1 - p_hat)) / values.size
''',
    ],
    "beta_binomial_posterior": [
        # adds the number of trials, not the failures, to the second parameter
        '''def beta_binomial_posterior(successes, trials, prior_a=1.0, prior_b=1.0, level=0.95):
    from scipy import stats
    a, b = prior_a + successes, prior_b + trials
    tail = (1 - level) / 2
    return a / (a + b), float(stats.beta.ppf(tail, a, b)), float(stats.beta.ppf(1 - tail, a, b))
''',
        # normal approximation around the posterior mean
        '''def beta_binomial_posterior(successes, trials, prior_a=1.0, prior_b=1.0, level=0.95):
    import math
    from scipy import stats
    a, b = prior_a + successes, prior_b + trials - successes
    mean = a / (a + b)
    sd = math.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
    z = stats.norm.ppf((1 + level) / 2)
    return mean, mean - z * sd, mean + z * sd
''',
    ],
    "ols_fit": [
        # no column of ones: the line is forced through the origin
        '''def ols_fit(X, y):
    import numpy as np
    design = np.asarray(X, dtype=float)
    if design.ndim == 1:
        design = design[:, None]
    y = np.asarray(y, dtype=float)
    coef = np.linalg.lstsq(design, y, rcond=None)[0]
    fitted = design @ coef
    return np.concatenate([[0.0], coef]), fitted, y - fitted
''',
        # residuals with the sign flipped (fitted minus observed)
        '''def ols_fit(X, y):
    import numpy as np
    features = np.asarray(X, dtype=float)
    if features.ndim == 1:
        features = features[:, None]
    y = np.asarray(y, dtype=float)
    design = np.column_stack([np.ones(len(features)), features])
    coef = np.linalg.lstsq(design, y, rcond=None)[0]
    fitted = design @ coef
    return coef, fitted, fitted - y
''',
    ],
    "qq_coordinates": [
        # forgets to sort the residuals
        '''def qq_coordinates(residuals):
    import numpy as np
    from scipy import stats
    values = np.asarray(residuals, dtype=float)
    n = values.size
    theoretical = stats.norm.ppf((np.arange(n) + 0.5) / n)
    return theoretical, (values - values.mean()) / values.std(ddof=1)
''',
        # plotting positions i / (n + 1) instead of (i - 0.5) / n
        '''def qq_coordinates(residuals):
    import numpy as np
    from scipy import stats
    ordered = np.sort(np.asarray(residuals, dtype=float))
    n = ordered.size
    theoretical = stats.norm.ppf(np.arange(1, n + 1) / (n + 1))
    return theoretical, (ordered - ordered.mean()) / ordered.std(ddof=1)
''',
        # sorted but not standardised
        '''def qq_coordinates(residuals):
    import numpy as np
    from scipy import stats
    ordered = np.sort(np.asarray(residuals, dtype=float))
    n = ordered.size
    return stats.norm.ppf((np.arange(n) + 0.5) / n), ordered
''',
    ],
    "breusch_pagan_test": [
        # regresses the raw residuals, which are orthogonal to X by construction
        '''def breusch_pagan_test(X, y):
    import numpy as np
    from scipy import stats
    X = np.asarray(X, dtype=float).reshape(len(y), -1)
    y = np.asarray(y, dtype=float)
    D = np.column_stack([np.ones(len(y)), X])
    e = y - D @ np.linalg.lstsq(D, y, rcond=None)[0]
    explained = D @ np.linalg.lstsq(D, e, rcond=None)[0]
    r2 = 1 - ((e - explained) ** 2).sum() / ((e - e.mean()) ** 2).sum()
    lm = len(y) * r2
    return float(lm), float(stats.chi2.sf(lm, X.shape[1]))
''',
        # counts the intercept as a degree of freedom
        '''def breusch_pagan_test(X, y):
    import numpy as np
    from scipy import stats
    X = np.asarray(X, dtype=float).reshape(len(y), -1)
    y = np.asarray(y, dtype=float)
    D = np.column_stack([np.ones(len(y)), X])
    u = (y - D @ np.linalg.lstsq(D, y, rcond=None)[0]) ** 2
    explained = D @ np.linalg.lstsq(D, u, rcond=None)[0]
    r2 = 1 - ((u - explained) ** 2).sum() / ((u - u.mean()) ** 2).sum()
    lm = len(y) * r2
    return float(lm), float(stats.chi2.sf(lm, X.shape[1] + 1))
''',
        # reports R^2 itself as the statistic
        '''def breusch_pagan_test(X, y):
    import numpy as np
    from scipy import stats
    X = np.asarray(X, dtype=float).reshape(len(y), -1)
    y = np.asarray(y, dtype=float)
    D = np.column_stack([np.ones(len(y)), X])
    u = (y - D @ np.linalg.lstsq(D, y, rcond=None)[0]) ** 2
    explained = D @ np.linalg.lstsq(D, u, rcond=None)[0]
    r2 = 1 - ((u - explained) ** 2).sum() / ((u - u.mean()) ** 2).sum()
    return float(r2), float(stats.chi2.sf(r2, X.shape[1]))
''',
    ],
    "diagnostic_plots": [
        # residuals against the observed y instead of the fitted values
        '''def diagnostic_plots(X, y):
    import matplotlib.pyplot as plt
    import numpy as np
    from scipy import stats
    features = np.asarray(X, dtype=float).reshape(len(y), -1)
    y = np.asarray(y, dtype=float)
    D = np.column_stack([np.ones(len(y)), features])
    residuals = y - D @ np.linalg.lstsq(D, y, rcond=None)[0]
    ordered = np.sort(residuals)
    theoretical = stats.norm.ppf((np.arange(len(y)) + 0.5) / len(y))
    fig, (left, right) = plt.subplots(1, 2)
    left.scatter(y, residuals)
    left.axhline(0)
    left.set(xlabel="observed y", ylabel="residual")
    right.scatter(theoretical, (ordered - ordered.mean()) / ordered.std(ddof=1))
    right.plot([-3, 3], [-3, 3])
    right.set(xlabel="normal quantile", ylabel="standardised residual")
    return fig
''',
        # QQ plot of the residuals in data order (not sorted)
        '''def diagnostic_plots(X, y):
    import matplotlib.pyplot as plt
    import numpy as np
    from scipy import stats
    features = np.asarray(X, dtype=float).reshape(len(y), -1)
    y = np.asarray(y, dtype=float)
    D = np.column_stack([np.ones(len(y)), features])
    fitted = D @ np.linalg.lstsq(D, y, rcond=None)[0]
    residuals = y - fitted
    theoretical = stats.norm.ppf((np.arange(len(y)) + 0.5) / len(y))
    fig, (left, right) = plt.subplots(1, 2)
    left.scatter(fitted, residuals)
    left.axhline(0)
    left.set(xlabel="fitted", ylabel="residual")
    right.scatter(theoretical, (residuals - residuals.mean()) / residuals.std(ddof=1))
    right.plot([-3, 3], [-3, 3])
    right.set(xlabel="normal quantile", ylabel="standardised residual")
    return fig
''',
    ],
}
