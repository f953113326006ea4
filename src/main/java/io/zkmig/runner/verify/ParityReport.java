package io.zkmig.runner.verify;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What verify found: for each check (zxid, digest, znode count, tree) whether it passed, what it compared, and
 * every difference. {@code notes} say what could not be compared and why (e.g. digest not supported by 3.5).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ParityReport(List<Check> checks, List<Difference> differences, List<String> notes, long millis) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(String name, int server, String result, String detail) {
    }

    public boolean passed() {
        return differences.isEmpty();
    }
}
