package io.zkmig.spec;

import java.util.List;
import java.util.stream.Collectors;

/** A spec that failed to load, with every problem found. */
public final class InvalidSpecException extends Exception {
    private final List<SpecProblem> problems;

    public InvalidSpecException(List<SpecProblem> problems) {
        super(problems.size() + " problem(s) in spec:\n" + problems.stream()
                .map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SpecProblem> problems() {
        return problems;
    }
}
