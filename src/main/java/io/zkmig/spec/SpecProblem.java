package io.zkmig.spec;

/** One thing wrong with a spec: the file, the field path (e.g. {@code legacy.servers[1].id}) and what was expected. */
public record SpecProblem(String file, String path, String message) {
    @Override
    public String toString() {
        return file + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
