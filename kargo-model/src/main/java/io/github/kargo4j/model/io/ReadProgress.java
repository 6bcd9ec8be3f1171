package io.github.kargo4j.model.io;

/**
 * Hears how far a read of files and directories has come ({@link KargoCodec#readAll(java.util.Collection,
 * ReadProgress)}): called once after each file, in the order the files are read, on the reading thread.
 *
 * <pre>{@code
 * codec.readAll(paths, (done, total, documents) ->
 *         System.err.print("\rread " + documents + " documents from " + done + " of " + total + " files"));
 * }</pre>
 *
 * <p>An exception thrown by the listener stops the read and reaches the caller.
 */
@FunctionalInterface
public interface ReadProgress {

    /** A listener that does nothing. */
    ReadProgress NONE = new NoProgress();

    /**
     * @param filesDone  the files read so far, this one included (1 for the first)
     * @param filesTotal the files the listing found
     * @param documents  the documents read so far from every file
     */
    void fileRead(int filesDone, int filesTotal, int documents);
}
