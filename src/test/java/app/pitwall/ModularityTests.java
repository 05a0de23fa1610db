package app.pitwall;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.CommittedDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold; the committed module diagrams in {@code docs/modules} are the ones the code draws
 * now, and {@code docs/architecture.md} names every module with the modules it may use.
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

    @Test
    void theArchitectureDocumentGivesEachModuleTheDependenciesItsPackageAllows() {
        String architecture = CommittedDocs.read(Path.of("docs/architecture.md"));

        assertThat(modules.stream()).isNotEmpty().allSatisfy(module -> {
            String name = module.getIdentifier().toString();
            assertThat(documentedDependencies(architecture, name))
                    .as("the modules docs/architecture.md says %s may use", name)
                    .isEqualTo(allowedDependencies(name));
        });
    }

    /** The last column of the module's row, without {@code platform} and the named interfaces in parentheses. */
    private static Set<String> documentedDependencies(String architecture, String module) {
        String row = architecture
                .lines()
                .filter(line -> line.startsWith("| `" + module + "`"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + module));
        String column = row.substring(row.lastIndexOf('|', row.length() - 2) + 1, row.length() - 1);
        return Arrays.stream(column.replaceAll("\\([^)]*\\)", "").split(","))
                .map(String::strip)
                .filter(name -> !name.equals("platform") && !name.equals("nothing"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The modules a {@code package-info.java} allows, without the shared {@code platform}; none without one. */
    private static Set<String> allowedDependencies(String module) {
        Class<?> packageInfo;
        try {
            packageInfo = Class.forName(PitwallApplication.class.getPackageName() + "." + module + ".package-info");
        } catch (ClassNotFoundException undeclared) {
            return Set.of();
        }
        return Arrays.stream(packageInfo
                        .getAnnotation(org.springframework.modulith.ApplicationModule.class)
                        .allowedDependencies())
                .map(dependency -> dependency.split(" :: ")[0].strip())
                .filter(name -> !name.equals("platform"))
                .collect(Collectors.toCollection(TreeSet::new));
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
