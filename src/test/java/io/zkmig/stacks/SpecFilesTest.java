package io.zkmig.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFilesTest {
    @TempDir
    Path project;

    @Test
    void everyYamlInStacksByDefaultExamplesNot() throws Exception {
        Files.createDirectories(project.resolve("stacks/examples"));
        Files.writeString(project.resolve("stacks/b.yaml"), "");
        Files.writeString(project.resolve("stacks/a.yaml"), "");
        Files.writeString(project.resolve("stacks/notes.md"), "");
        Files.writeString(project.resolve("stacks/examples/local.yaml"), "");
        assertEquals(List.of(project.resolve("stacks/a.yaml"), project.resolve("stacks/b.yaml")),
                SpecFiles.find(null, project));
    }

    @Test
    void theListedOnesWhenNamed() {
        String listed = "stacks/examples/local.yaml" + File.pathSeparator + " other/x.yaml ";
        assertEquals(List.of(project.resolve("stacks/examples/local.yaml"), project.resolve("other/x.yaml")),
                SpecFiles.find(listed, project));
        assertEquals(List.of(), SpecFiles.find(null, project.resolve("nothing-here")));
    }
}
