package io.github.kargo4j.validation.constraints;

import java.net.IDN;
import java.util.Collection;
import java.util.Map;

/**
 * One Bean Validation constraint of the model, with the attributes its annotation gives and the test Bean Validation
 * defines for it (as Hibernate Validator 9.1 implements it). {@link ModelConstraints} shares one instance per distinct
 * annotation of the model; a constraint is immutable and thread-safe.
 *
 * <p>As in Bean Validation, {@code null} satisfies every constraint except {@link NotBlank}.
 */
sealed interface Constraint {

    /** @return the simple name of the annotation, such as {@code Pattern} (findings at one path are ordered by it) */
    String annotation();

    /**
     * @param value the property's value (unwrapped from its {@code Optional}, or one element of its list)
     * @return whether the value satisfies the constraint
     */
    boolean test(Object value);

    /** {@code @NotBlank}: not null, and not only whitespace ({@link String#isBlank()}). */
    record NotBlank() implements Constraint {
        @Override
        public String annotation() {
            return "NotBlank";
        }

        @Override
        public boolean test(Object value) {
            return value != null && !value.toString().isBlank();
        }
    }

    /**
     * {@code @Pattern}: the whole value matches the regular expression, compiled on the first value tested (the table
     * holds every pattern of the model; a run tests the few its documents set).
     */
    final class Pattern implements Constraint {

        private final String regexp;
        private final int flags;
        private volatile java.util.regex.Pattern compiled;

        /**
         * @param regexp the regular expression, as written in the annotation
         * @param flags  the {@link java.util.regex.Pattern} flags of its {@code flags} attribute, or-ed together
         */
        Pattern(String regexp, int flags) {
            this.regexp = regexp;
            this.flags = flags;
        }

        /** @return the regular expression, as written in the annotation */
        String regexp() {
            return regexp;
        }

        /** @return its flags */
        int flags() {
            return flags;
        }

        @Override
        public String annotation() {
            return "Pattern";
        }

        @Override
        public boolean test(Object value) {
            if (value == null) {
                return true;
            }
            java.util.regex.Pattern p = compiled;
            if (p == null) {
                // a race compiles the same expression twice
                p = java.util.regex.Pattern.compile(regexp, flags);
                compiled = p;
            }
            return p.matcher((CharSequence) value).matches();
        }
    }

    /**
     * {@code @Size}: the length of a string (in UTF-16 units), or the number of entries of a list or map, lies within
     * the bounds.
     *
     * @param min the least size
     * @param max the greatest size
     */
    record Size(int min, int max) implements Constraint {
        @Override
        public String annotation() {
            return "Size";
        }

        @Override
        public boolean test(Object value) {
            int n;
            if (value == null) {
                return true;
            } else if (value instanceof CharSequence cs) {
                n = cs.length();
            } else if (value instanceof Collection<?> c) {
                n = c.size();
            } else {
                n = ((Map<?, ?>) value).size();
            }
            return n >= min && n <= max;
        }
    }

    /**
     * {@code @Min} on an integral number.
     *
     * @param value the least value
     */
    record Min(long value) implements Constraint {
        @Override
        public String annotation() {
            return "Min";
        }

        @Override
        public boolean test(Object v) {
            return v == null || ((Number) v).longValue() >= value;
        }
    }

    /**
     * {@code @Max} on an integral number.
     *
     * @param value the greatest value
     */
    record Max(long value) implements Constraint {
        @Override
        public String annotation() {
            return "Max";
        }

        @Override
        public boolean test(Object v) {
            return v == null || ((Number) v).longValue() <= value;
        }
    }

    /**
     * {@code @Email}: an address as Hibernate Validator accepts it: a local part of at most 64 characters of atoms or
     * quoted strings, the last {@code @}, and a domain (at most 255 characters in its ASCII form, no trailing dot) or
     * an address literal, or else the empty string; and then the annotation's own expression, if it has one.
     *
     * @param regexp  the annotation's {@code regexp} ({@code .*} by default)
     * @param flags   its flags
     * @param pattern the compiled {@code regexp}, or null when it is the default {@code .*} without flags
     */
    record Email(String regexp, int flags, java.util.regex.Pattern pattern) implements Constraint {

        /**
         * @param regexp the annotation's {@code regexp}
         * @param flags  its flags
         */
        Email(String regexp, int flags) {
            this(regexp, flags, regexp.equals(".*") && flags == 0 ? null
                    : java.util.regex.Pattern.compile(regexp, flags));
        }

        /** The address expressions, compiled on the first address tested (most runs test none). */
        static final class Address {
            /*
             * The local-part and domain expressions are data from Hibernate Validator 9.1.6 (Apache License 2.0):
             * AbstractEmailValidator.LOCAL_PART_PATTERN and DomainNameUtil.EMAIL_DOMAIN_PATTERN, both case-insensitive.
             * ConstraintTest compares them with the library's.
             */
            private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]";
            private static final String QUOTED_ATOM = "(?:[a-z0-9!#$%&'*.(),<>\\[\\]:;  @+/=?^_`{|}~\u0080-\uffff-]"
                    + "|\\\\\\\\|\\\\\\\")";
            private static final String WORD = "(?:" + ATOM + "+|\"" + QUOTED_ATOM + "+\")";
            static final java.util.regex.Pattern LOCAL_PART = java.util.regex.Pattern.compile(
                    WORD + "(?:\\." + WORD + ")*", java.util.regex.Pattern.CASE_INSENSITIVE);

            private static final String DOMAIN_CHAR = "[a-z\u0080-\uffff0-9!#$%&'*+/=?^_`{|}~]";
            private static final String LABEL = DOMAIN_CHAR + "++(?:-++" + DOMAIN_CHAR + "++)*+";
            private static final String IPV4 = "[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}";
            private static final String H = "[0-9a-fA-F]{1,4}";
            private static final String OCTET = "(?:25[0-5]|(?:2[0-4]|1{0,1}[0-9]){0,1}[0-9])";
            private static final String IPV6 = "(?:(?:" + H + ":){7,7}" + H
                    + "|(?:" + H + ":){1,7}:"
                    + "|(?:" + H + ":){1,6}:" + H
                    + "|(?:" + H + ":){1,5}(?::" + H + "){1,2}"
                    + "|(?:" + H + ":){1,4}(?::" + H + "){1,3}"
                    + "|(?:" + H + ":){1,3}(?::" + H + "){1,4}"
                    + "|(?:" + H + ":){1,2}(?::" + H + "){1,5}"
                    + "|" + H + ":(?:(?::" + H + "){1,6})"
                    + "|:(?:(?::" + H + "){1,7}|:)"
                    + "|fe80:(?::[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}"
                    + "|::(?:ffff(:0{1,4}){0,1}:){0,1}(?:" + OCTET + "\\.){3,3}" + OCTET
                    + "|(?:" + H + ":){1,4}:(?:" + OCTET + "\\.){3,3}" + OCTET + ")";
            static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile(
                    LABEL + "(?:\\." + LABEL + ")*+" + "|\\[" + IPV4 + "\\]|" + "\\[IPv6:" + IPV6 + "\\]",
                    java.util.regex.Pattern.CASE_INSENSITIVE);

            private Address() {
            }
        }

        private static final int MAX_LOCAL_PART = 64;
        private static final int MAX_DOMAIN = 255;

        @Override
        public String annotation() {
            return "Email";
        }

        @Override
        public boolean test(Object value) {
            if (value == null) {
                return true;
            }
            String s = value.toString();
            boolean valid = s.isEmpty() || address(s);
            return valid && (pattern == null || pattern.matcher(s).matches());
        }

        private static boolean address(String s) {
            int at = s.lastIndexOf('@');
            if (at < 0) {
                return false;
            }
            String local = s.substring(0, at);
            return local.length() <= MAX_LOCAL_PART && Address.LOCAL_PART.matcher(local).matches()
                    && domain(s.substring(at + 1));
        }

        private static boolean domain(String domain) {
            if (domain.endsWith(".")) {
                return false;
            }
            String ascii;
            try {
                ascii = IDN.toASCII(domain);
            } catch (IllegalArgumentException e) {
                return false;
            }
            return ascii.length() <= MAX_DOMAIN && Address.DOMAIN.matcher(domain).matches();
        }
    }

    /**
     * @param c     a constraint
     * @param value the value that breaks it
     * @return whether an empty or missing value is what breaks it (then the finding says the field is empty, and other
     *     findings at the same field are left out)
     */
    static boolean isPresence(Constraint c, Object value) {
        return c instanceof NotBlank || c instanceof Size && value instanceof CharSequence cs && cs.length() == 0;
    }

}
