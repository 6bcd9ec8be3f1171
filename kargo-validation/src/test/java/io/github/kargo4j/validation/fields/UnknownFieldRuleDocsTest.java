package io.github.kargo4j.validation.fields;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;

/** KU001 to KU003 are documented, and their examples behave. */
class UnknownFieldRuleDocsTest {

    @TestFactory
    List<DynamicTest> everyRuleIsDocumentedWithWorkingExamples() {
        return RuleDocAssertions.docsOf(new UnknownFieldCheck());
    }
}
