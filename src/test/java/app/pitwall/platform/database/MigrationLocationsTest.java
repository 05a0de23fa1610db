package app.pitwall.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** Each module's migrations live in a folder of their own, and Flyway is told about every folder. */
class MigrationLocationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void everyModuleFolderIsAFlywayLocationAndNoScriptLiesOutsideOne() throws IOException {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties settings = yaml.getObject();
        List<String> locations = settings.stringPropertyNames().stream()
                .filter(name -> name.startsWith("spring.flyway.locations"))
                .map(settings::getProperty)
                .toList();

        try (Stream<Path> entries = Files.list(MIGRATIONS)) {
            List<Path> all = entries.toList();
            assertThat(all).allMatch(Files::isDirectory, "a folder of one module, not a loose script");
            assertThat(locations)
                    .containsExactlyInAnyOrderElementsOf(all.stream()
                            .map(folder -> "classpath:db/migration/" + folder.getFileName())
                            .toList());
        }
    }
}
