package io.github.kargo4j.validation.constraints;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Bean Validation {@link Validator} rule KF001 ran until its constraints became a generated table
 * ({@link ModelConstraints}): Hibernate Validator told that the model's properties are record-style accessors
 * ({@code name()}, not {@code getName()}), with messages that need no EL implementation, and that never looks into
 * {@code status} (the API server ignores it in applied manifests): {@code status} is not a property to it. Tests keep
 * it as the reference the table is compared with, and {@link #NOT_PROPERTIES} tells {@link ModelConstraintsGenerator}
 * which accessors are not properties.
 */
final class ModelValidation {

    /**
     * Methods of the model that look like accessors but are not properties, and {@code status}, which is never
     * validated: Kargo writes it, and the API server drops it from applied manifests, so its content is not the
     * author's concern. (Every {@code status()} of the model is a resource's status or lies within one.) Leaving it
     * out here, rather than with a {@code TraversableResolver}, keeps Hibernate Validator on its fast path: with the
     * default resolver it asks nothing and caches nothing per property.
     */
    static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass", "toBuilder",
            "unknownFields", "toJson", "builder", "status");

    /** Keeps Hibernate Validator's start-up banner off the console of command-line users. */
    private static final Logger VERSION_LOGGER = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    private ModelValidation() {
    }

    /** @return the shared, thread-safe validator */
    static Validator validator() {
        return Holder.VALIDATOR;
    }

    private static final class Holder {
        static final ValidatorFactory FACTORY = build();
        static final Validator VALIDATOR = FACTORY.getValidator();

        private static ValidatorFactory build() {
            if (VERSION_LOGGER.getLevel() == null) {
                VERSION_LOGGER.setLevel(Level.WARNING);
            }
            return Validation.byProvider(HibernateValidator.class).configure()
                    .ignoreXmlConfiguration()
                    .getterPropertySelectionStrategy(new RecordStyleAccessors())
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
        }
    }

    /** Accessors are the model's properties: public, not static, no parameters, not void. */
    static final class RecordStyleAccessors implements GetterPropertySelectionStrategy {
        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
                    || NOT_PROPERTIES.contains(executable.getName())) {
                return Optional.empty();
            }
            return Optional.of(executable.getName());
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }
}
