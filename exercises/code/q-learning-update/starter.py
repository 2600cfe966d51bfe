def q_learning_step(Q, s, a, r, s_next, done, alpha, gamma):
    """One Q-learning update of Q[s, a] in place; returns the TD error."""
    if done:
        target = r                                  # no next state after the end of an episode
    else:
        target = ____
    td_error = ____
    Q[s, a] = ____
    return td_error


td_errors = np.array([q_learning_step(Q, s, a, r, s_next, done, alpha, gamma) for s, a, r, s_next, done in transitions])
greedy = ____       # the greedy policy: the best action in each state
