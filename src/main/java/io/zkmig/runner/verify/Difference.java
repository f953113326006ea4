package io.zkmig.runner.verify;

/** One way a target server differs from the legacy ensemble. {@code path} is null for whole-server checks. */
public record Difference(String check, int server, String path, String detail) {
    @Override
    public String toString() {
        return check + " server " + server + (path == null ? "" : " " + path) + ": " + detail;
    }
}
