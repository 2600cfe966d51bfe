def q_learning_step(Q, s, a, r, s_next, done, alpha, gamma):
    """One Q-learning update of Q[s, a] in place; returns the TD error."""
    if done:
        target = r                                  # no next state after the end of an episode
    else:
        target = r + gamma * np.max(Q[s_next])
    td_error = target - Q[s, a]
    Q[s, a] = Q[s, a] + alpha * td_error
    return td_error


td_errors = np.array([q_learning_step(Q, s, a, r, s_next, done, alpha, gamma) for s, a, r, s_next, done in transitions])
greedy = np.argmax(Q, axis=1)       # the greedy policy: the best action in each state
