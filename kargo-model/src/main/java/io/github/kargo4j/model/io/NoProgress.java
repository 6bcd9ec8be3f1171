package io.github.kargo4j.model.io;

/** {@link ReadProgress#NONE}: a named class, not a lambda, so that no call site is linked at start-up. */
final class NoProgress implements ReadProgress {

    @Override
    public void fileRead(int filesDone, int filesTotal, int documents) {
        // nothing to tell
    }
}
