package io.github.kargo4j.validation.constraints;

import io.github.kargo4j.model.KargoResource;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed constraint table is what the generator makes from the model now, and the generator drops nothing. */
class ModelConstraintsGeneratorTest {

    @Test
    void theCommittedTableIsUpToDate() throws IOException {
        String now = ModelConstraintsGenerator.source();
        if (Boolean.getBoolean("kargo4j.regenerate")) {
            Files.writeString(ModelConstraintsGenerator.TABLE, now, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(ModelConstraintsGenerator.TABLE, StandardCharsets.UTF_8);
        assertTrue(committed.equals(now), "ModelConstraints.java differs from what the model's annotations make now;"
                + " regenerate it with: " + ModelConstraintsGenerator.REGENERATE);
    }

    @Test
    void everySupportedAnnotationOfTheModelIsInTheTable() {
        String table = ModelConstraintsGenerator.source();
        for (String c : List.of("Constraint.NotBlank()", "Constraint.Pattern(", "Constraint.Size(", "Constraint.Min(",
                "Constraint.Max(", "Constraint.Email(")) {
            assertTrue(table.contains(c), c);
        }
    }

    // ------------------------------------------------------------------------------------------------ unsupported

    /** A model type with a constraint the table does not know. */
    abstract static class AbstractWithNotEmpty implements KargoResource {
        public abstract @NotEmpty String name();
    }

    /** A model type with a constraint in a group. */
    abstract static class AbstractWithGroup implements KargoResource {
        public abstract @Pattern(regexp = "a", groups = AbstractWithGroup.class) String name();
    }

    @Test
    void anUnknownConstraintStopsTheGenerator() throws Exception {
        ModelConstraintsGenerator.Unsupported e = assertThrows(ModelConstraintsGenerator.Unsupported.class,
                () -> ModelConstraintsGenerator.expression(
                        AbstractWithNotEmpty.class.getMethod("name").getAnnotation(NotEmpty.class), "x.name()"));
        assertTrue(e.getMessage().startsWith("x.name(): @jakarta.validation.constraints.NotEmpty is not supported"),
                e.getMessage());
    }

    @Test
    void aConstraintGroupStopsTheGenerator() throws Exception {
        Pattern p = AbstractWithGroup.class.getMethod("name").getAnnotation(Pattern.class);
        ModelConstraintsGenerator.Unsupported e = assertThrows(ModelConstraintsGenerator.Unsupported.class,
                () -> ModelConstraintsGenerator.expression(p, "AbstractWithGroup.name()"));
        assertTrue(e.getMessage().startsWith("AbstractWithGroup.name(): constraint groups"), e.getMessage());
    }

    @Test
    void aNonModelTypeStopsTheGenerator() {
        ModelConstraintsGenerator.Unsupported e = assertThrows(ModelConstraintsGenerator.Unsupported.class,
                () -> ModelConstraintsGenerator.source(List.of(AbstractWithNotEmpty.class)));
        assertTrue(e.getMessage().contains("is not a model object type"), e.getMessage());
    }

    @Test
    void literalsEscapeWhatJavaSourceCannotHoldPlainly() {
        assertEquals("\"a\\\\d\\\"\\u00b5\\012\"", ModelConstraintsGenerator.literal("a\\d\"\u00b5\n"));
    }

    @Test
    void annotationAttributesBecomeConstraintArguments() throws Exception {
        abstract class Sample {
            public abstract @Size(min = 2, max = 7) String a();

            public abstract @Pattern(regexp = "x+", flags = {Pattern.Flag.CASE_INSENSITIVE, Pattern.Flag.DOTALL})
                    String b();

            public abstract @Email(regexp = ".+@example[.]com") String c();
        }
        assertEquals("new Constraint.Size(2, 7)", ModelConstraintsGenerator.expression(
                Sample.class.getMethod("a").getAnnotation(Size.class), "a"));
        assertEquals("new Constraint.Pattern(\"x+\", " + (java.util.regex.Pattern.CASE_INSENSITIVE
                        | java.util.regex.Pattern.DOTALL) + ")",
                ModelConstraintsGenerator.expression(Sample.class.getMethod("b").getAnnotation(Pattern.class), "b"));
        assertEquals("new Constraint.Email(\".+@example[.]com\", 0)", ModelConstraintsGenerator.expression(
                Sample.class.getMethod("c").getAnnotation(Email.class), "c"));
    }
}
