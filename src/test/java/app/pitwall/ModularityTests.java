package app.pitwall;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.CommittedDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold; the committed module diagrams in {@code docs/modules} are the ones the code draws
 * now, and {@code docs/architecture.md} names every module.
 */
class ModularityTests {

    private static final Path COMMITTED = Path.of("docs/modules");
    private static final Path DRAWN = Path.of("target/modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(PitwallApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void theCommittedModuleDiagramsAreTheCodesModules() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DRAWN.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        List<Path> drawn = files(DRAWN);
        assertThat(drawn).as("diagrams drawn").isNotEmpty();
        for (Path file : drawn) {
            String committed = CommittedDocs.read(COMMITTED.resolve(file));
            String now = CommittedDocs.read(DRAWN.resolve(file));
            if (!lines(committed).equals(lines(now))) {
                CommittedDocs.assertCommitted(COMMITTED.resolve(file), now);
            }
        }
        assertThat(files(COMMITTED))
                .as("committed diagrams of modules that no longer exist")
                .isSubsetOf(drawn);
    }

    @Test
    void theArchitectureDocumentNamesEveryModule() {
        String architecture = CommittedDocs.read(Path.of("docs/architecture.md"));

        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .isNotEmpty()
                .allSatisfy(module -> assertThat(architecture).contains("| `" + module + "`"));
    }

    /** The diagram's lines in order: the documenter lists a module's relations in no fixed order. */
    private static List<String> lines(String text) {
        return text.lines().sorted().toList();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.map(Path::getFileName).sorted().toList();
        }
    }
}
