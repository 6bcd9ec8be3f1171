package io.github.kargo4j.model.io;

import java.nio.file.Path;

/** A separate process for {@link AtomicFilesTest}: writes a file, or starts writing one and waits to be killed. */
final class AtomicFilesChild {

    private AtomicFilesChild() {
    }

    /**
     * @param args {@code write FILE TEXT}: writes TEXT, exit status 0 if it was streamed, 3 if not; {@code hang FILE}:
     *             writes half the content, says {@code ready} on standard output, and waits
     * @throws Exception never on purpose
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("write")) {
            System.exit(AtomicFiles.write(file, args[2]) == AtomicFiles.Method.STREAMED ? 0 : 3);
        }
        AtomicFiles.write(file, out -> {
            out.write("the first half of the new content\n");
            out.flush();
            System.out.println("ready");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write("the second half\n");
        });
    }
}
