package io.github.kargo4j.validation.expr;

import io.github.kargo4j.validation.fields.RuleDocAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;

/** KE001 to KE010 are documented, and their examples behave. */
class ExpressionRuleDocsTest {

    @TestFactory
    List<DynamicTest> everyRuleIsDocumentedWithWorkingExamples() {
        return RuleDocAssertions.docsOf(new ExpressionCheck());
    }
}
