package io.github.kargo4j.model.testing;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Hibernate Validator for the model's record-style accessors ({@code name()}, not {@code getName()}), without an
 * EL implementation. Test scope: the validation module ships the production equivalent.
 */
public final class Validators {

    private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass", "toBuilder",
            "unknownFields", "toJson");

    private Validators() {
    }

    /** Accessors are the model's properties: public, no parameters, not void. */
    static final class RecordStyleGetters implements GetterPropertySelectionStrategy {
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

    /** @return a validator that understands the model */
    public static Validator create() {
        return Validation.byProvider(HibernateValidator.class).configure()
                .getterPropertySelectionStrategy(new RecordStyleGetters())
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
    }
}
