package io.github.kargo4j.validation.constraints;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each constraint accepts and refuses exactly what Hibernate Validator does, at the edges of its rule. */
class ConstraintTest {

    private static final Validator HV = Validation.byProvider(HibernateValidator.class).configure()
            .ignoreXmlConfiguration().messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    /** One field per constraint, validated by Hibernate Validator. */
    static final class Bean {
        @NotBlank
        String notBlank;
        @Email
        String email;
        @Email(regexp = ".+@example[.]com", flags = Pattern.Flag.CASE_INSENSITIVE)
        String emailWithPattern;
        @Size(min = 1, max = 3)
        String sizeString;
        @Size(min = 1, max = 2)
        List<String> sizeList;
        @Size(max = 1)
        Map<String, String> sizeMap;
        @Min(1)
        Integer min;
        @Max(100)
        Long max;
        @Pattern(regexp = "^[a-z]+$", flags = Pattern.Flag.CASE_INSENSITIVE)
        String pattern;
    }

    private static final List<Object> STRINGS = Arrays.asList(null, "", " ", "\t", "\u2003", "\u00a0", "\n", "a",
            "ab", "abc", "abcd", "ABC", "a b", "kargo@example.com", "Kargo@EXAMPLE.com", "a@b", "a@b.", "a@b..c", "a@",
            "@b.com", "a@@b.com", "a.@b.com", ".a@b.com", "a..b@c.com", "\"a b\"@c.com", "\"a@b\"@c.com", "a@[1.2.3.4]",
            "a@[IPv6:::1]", "a@[::1]", "a@-b.com", "a@b-.com", "a@b_c.com", "b\u00fccher@b\u00fccher.ch",
            "a@xn--bcher-kva.ch", "x".repeat(64) + "@b.com", "x".repeat(65) + "@b.com", "a@" + "b".repeat(64) + ".com",
            "a@" + "b.".repeat(127) + "c", "a@" + "b.".repeat(130) + "c", "a@b.com\n", "a\u0000@b.com");

    private static boolean hv(String property, Object value) {
        return HV.validateValue(Bean.class, property, value).isEmpty();
    }

    private static void agree(String property, Constraint c, List<?> values) {
        List<String> differ = new ArrayList<>();
        for (Object v : values) {
            if (hv(property, v) != c.test(v)) {
                differ.add("[" + v + "]");
            }
        }
        assertEquals(List.of(), differ, property);
    }

    @Test
    void stringConstraintsAgreeWithHibernateValidator() {
        agree("notBlank", new Constraint.NotBlank(), STRINGS);
        agree("email", new Constraint.Email(".*", 0), STRINGS);
        agree("emailWithPattern", new Constraint.Email(".+@example[.]com", java.util.regex.Pattern.CASE_INSENSITIVE),
                STRINGS);
        agree("sizeString", new Constraint.Size(1, 3), STRINGS);
        agree("pattern", new Constraint.Pattern("^[a-z]+$", java.util.regex.Pattern.CASE_INSENSITIVE), STRINGS);
    }

    @Test
    void sizesOfListsAndMapsAndNumberBoundsAgreeWithHibernateValidator() {
        agree("sizeList", new Constraint.Size(1, 2), Arrays.asList(null, List.of(), List.of("a"), List.of("a", "b"),
                List.of("a", "b", "c")));
        agree("sizeMap", new Constraint.Size(0, 1), Arrays.asList(null, Map.of(), Map.of("a", "b"),
                Map.of("a", "b", "c", "d")));
        agree("min", new Constraint.Min(1), Arrays.asList(null, Integer.MIN_VALUE, -1, 0, 1, 2, Integer.MAX_VALUE));
        agree("max", new Constraint.Max(100), Arrays.asList(null, Long.MIN_VALUE, 99L, 100L, 101L, Long.MAX_VALUE));
    }

    @Test
    void theEmailExpressionsAreHibernateValidators() throws ReflectiveOperationException {
        assertSame(Constraint.Email.Address.LOCAL_PART, "org.hibernate.validator.internal.constraintvalidators"
                + ".AbstractEmailValidator", "LOCAL_PART_PATTERN");
        assertSame(Constraint.Email.Address.DOMAIN, "org.hibernate.validator.internal.util.DomainNameUtil",
                "EMAIL_DOMAIN_PATTERN");
    }

    private static void assertSame(java.util.regex.Pattern ours, String type, String field)
            throws ReflectiveOperationException {
        Field f = Class.forName(type).getDeclaredField(field);
        f.setAccessible(true);
        java.util.regex.Pattern theirs = (java.util.regex.Pattern) f.get(null);
        assertEquals(theirs.pattern(), ours.pattern(), field);
        assertEquals(theirs.flags(), ours.flags(), field);
    }

    @Test
    void anEmptyValueIsAPresenceProblemOnlyForNotBlankAndSize() {
        assertTrue(Constraint.isPresence(new Constraint.NotBlank(), " "));
        assertTrue(Constraint.isPresence(new Constraint.Size(1, 3), ""));
        assertFalse(Constraint.isPresence(new Constraint.Size(1, 3), "abcd"));
        assertFalse(Constraint.isPresence(new Constraint.Size(1, 3), List.of()));
        assertFalse(Constraint.isPresence(new Constraint.Pattern("a", 0), ""));
    }

    @Test
    void aViolationNeverShowsItsValue() {
        Violations out = new Violations();
        out.check(new Constraint.Pattern("^[a-z]+$", 0), "S3cr3t-Value", io.github.kargo4j.model.json.JsonPath.ROOT
                .key("stringData"), "token", false);
        assertEquals(1, out.list().size());
        String shown = out.list().toString();
        assertFalse(shown.contains("S3cr3t"), shown);
        assertTrue(shown.contains("stringData.token"), shown);
    }
}
