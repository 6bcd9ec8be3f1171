package io.github.kargo4j.expr.internal;

import io.github.kargo4j.expr.internal.Node.Kind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * expr-lang's parser: precedence climbing over the operator table of {@code parser/operator}, with its error
 * messages. It recurses, but every recursion passes through {@link #enter()}, which bounds the depth, and every node
 * records the height of its subtree, which {@link #node} bounds too: later walks over the tree cannot overflow a
 * thread's stack.
 */
final class Parser {

    record Op(int precedence, boolean right) {
    }

    static final Map<String, Integer> UNARY = Map.of("not", 50, "!", 50, "-", 90, "+", 90);

    static final Map<String, Op> BINARY = Map.ofEntries(
            Map.entry("|", new Op(0, false)),
            Map.entry("or", new Op(10, false)), Map.entry("||", new Op(10, false)),
            Map.entry("and", new Op(15, false)), Map.entry("&&", new Op(15, false)),
            Map.entry("==", new Op(20, false)), Map.entry("!=", new Op(20, false)),
            Map.entry("<", new Op(20, false)), Map.entry(">", new Op(20, false)),
            Map.entry(">=", new Op(20, false)), Map.entry("<=", new Op(20, false)),
            Map.entry("in", new Op(20, false)), Map.entry("matches", new Op(20, false)),
            Map.entry("contains", new Op(20, false)), Map.entry("startsWith", new Op(20, false)),
            Map.entry("endsWith", new Op(20, false)),
            Map.entry("..", new Op(25, false)),
            Map.entry("+", new Op(30, false)), Map.entry("-", new Op(30, false)),
            Map.entry("*", new Op(60, false)), Map.entry("/", new Op(60, false)), Map.entry("%", new Op(60, false)),
            Map.entry("**", new Op(100, true)), Map.entry("^", new Op(100, true)),
            Map.entry("??", new Op(500, false)));

    private static final int EXPR = 1;
    private static final int PRED = 2;
    private static final int OPTIONAL = 128;

    static final Map<String, int[]> PREDICATES = Map.ofEntries(
            Map.entry("all", new int[] {EXPR, PRED}), Map.entry("none", new int[] {EXPR, PRED}),
            Map.entry("any", new int[] {EXPR, PRED}), Map.entry("one", new int[] {EXPR, PRED}),
            Map.entry("filter", new int[] {EXPR, PRED}), Map.entry("map", new int[] {EXPR, PRED}),
            Map.entry("count", new int[] {EXPR, PRED | OPTIONAL}), Map.entry("sum", new int[] {EXPR, PRED | OPTIONAL}),
            Map.entry("find", new int[] {EXPR, PRED}), Map.entry("findIndex", new int[] {EXPR, PRED}),
            Map.entry("findLast", new int[] {EXPR, PRED}), Map.entry("findLastIndex", new int[] {EXPR, PRED}),
            Map.entry("groupBy", new int[] {EXPR, PRED}),
            Map.entry("sortBy", new int[] {EXPR, PRED, EXPR | OPTIONAL}),
            Map.entry("reduce", new int[] {EXPR, PRED, EXPR | OPTIONAL}));

    private final List<Token> tokens;
    private final ParseError lexError;
    private final Set<String> overrides;
    private final int maxNodes;
    private final int maxDepth;
    private int index;
    private Token current;
    private int predicateDepth;
    private int nodeCount;
    private int depth;

    private Parser(String source, Set<String> overrides, int maxNodes, int maxDepth) {
        Lexer lexer = Lexer.lex(source);
        this.tokens = lexer.tokens();
        this.lexError = lexer.error();
        this.overrides = overrides;
        this.maxNodes = maxNodes;
        this.maxDepth = maxDepth;
    }

    /** Parses {@code source}; throws a {@link ParseError} at the first problem. */
    static Node parse(String source, Set<String> overrides, int maxNodes, int maxDepth) {
        Parser p = new Parser(source, overrides, maxNodes, maxDepth);
        p.current = new Token(Token.Kind.EOF, "", 0, 0);
        p.next();
        Node node = p.parseSequenceExpression();
        if (!p.current.is(Token.Kind.EOF)) {
            throw p.error("unexpected token " + p.current);
        }
        return node;
    }

    private ParseError error(String message) {
        return new ParseError(message, current.from());
    }

    private ParseError errorAt(Token token, String message) {
        return new ParseError(message, token.from());
    }

    private void next() {
        if (index < tokens.size()) {
            current = tokens.get(index++);
            return;
        }
        if (lexError != null) {
            throw lexError;
        }
        throw error("unexpected end of expression");
    }

    private void expect(Token.Kind kind) {
        if (current.is(kind)) {
            next();
            return;
        }
        throw error("unexpected token " + current);
    }

    private void expect(Token.Kind kind, String value) {
        if (current.is(kind, value)) {
            next();
            return;
        }
        throw error("unexpected token " + current);
    }

    private Node node(Kind kind, int pos, Node... kids) {
        nodeCount++;
        if (maxNodes > 0 && nodeCount > maxNodes) {
            throw error("compilation failed: expression exceeds maximum allowed nodes");
        }
        Node n = new Node(kind, pos, kids);
        if (n.depth > maxDepth) {
            throw error("compilation failed: expression exceeds maximum nesting depth");
        }
        return n;
    }

    private void enter() {
        if (++depth > maxDepth) {
            throw error("compilation failed: expression exceeds maximum nesting depth");
        }
    }

    private Node parseSequenceExpression() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(parseExpression(0));
        while (current.is(Token.Kind.OPERATOR, ";")) {
            next();
            if (current.is(Token.Kind.EOF)) {
                break;
            }
            nodes.add(parseExpression(0));
        }
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        return node(Kind.SEQUENCE, nodes.get(0).pos, Node.array(nodes));
    }

    private Node parseExpression(int precedence) {
        enter();
        try {
            return parseExpressionInner(precedence);
        } finally {
            depth--;
        }
    }

    private Node parseExpressionInner(int precedence) {
        if (precedence == 0 && current.is(Token.Kind.OPERATOR, "let")) {
            return parseVariableDeclaration();
        }
        if (precedence == 0 && current.is(Token.Kind.OPERATOR, "if")) {
            return parseConditionalIf();
        }
        Node left = parsePrimary();
        String prevOperator = "";
        Token opToken = current;
        while (opToken.is(Token.Kind.OPERATOR)) {
            boolean negate = opToken.is(Token.Kind.OPERATOR, "not");
            Token notToken = null;
            if (negate) {
                Token backup = current;
                next();
                if (isNegatableSuffix(current.value())) {
                    Op op = BINARY.get(current.value());
                    if (op != null && op.precedence() >= precedence) {
                        notToken = current;
                        opToken = current;
                    } else {
                        // put the token back: the caller with a lower precedence reads "not" again
                        index--;
                        current = backup;
                        break;
                    }
                } else {
                    throw error("unexpected token " + current);
                }
            }
            Op op = BINARY.get(opToken.value());
            if (op == null || op.precedence() < precedence) {
                break;
            }
            next();
            if (opToken.value().equals("|")) {
                Token ident = current;
                expect(Token.Kind.IDENTIFIER);
                List<Node> args = new ArrayList<>();
                args.add(left);
                left = parseCall(ident, args, true);
            } else {
                if (prevOperator.equals("??") && !opToken.value().equals("??")) {
                    throw errorAt(opToken, "Operator (" + opToken.value()
                            + ") and coalesce expressions (??) cannot be mixed. Wrap either by parentheses.");
                }
                if (isComparison(opToken.value())) {
                    left = parseComparison(left, opToken, op.precedence());
                } else {
                    Node right = parseExpression(op.right() ? op.precedence() : op.precedence() + 1);
                    Node bin = node(Kind.BINARY, opToken.from(), left, right);
                    bin.name = opToken.value();
                    left = bin;
                    if (negate) {
                        Node not = node(Kind.UNARY, notToken.from(), left);
                        not.name = "not";
                        left = not;
                    }
                }
            }
            prevOperator = opToken.value();
            opToken = current;
        }
        if (precedence == 0) {
            left = parseConditional(left);
        }
        return left;
    }

    private static boolean isNegatableSuffix(String op) {
        return switch (op) {
            case "contains", "matches", "startsWith", "endsWith", "in" -> true;
            default -> false;
        };
    }

    private static boolean isComparison(String op) {
        return op.equals("<") || op.equals(">") || op.equals(">=") || op.equals("<=");
    }

    private Node parseVariableDeclaration() {
        expect(Token.Kind.OPERATOR, "let");
        Token name = current;
        expect(Token.Kind.IDENTIFIER);
        expect(Token.Kind.OPERATOR, "=");
        Node value = parseExpression(0);
        expect(Token.Kind.OPERATOR, ";");
        Node body = parseSequenceExpression();
        Node let = node(Kind.LET, name.from(), value, body);
        let.name = name.value();
        return let;
    }

    private Node parseConditionalIf() {
        enter();
        try {
            int pos = current.from();
            next();
            Node cond = parseExpression(0);
            expect(Token.Kind.BRACKET, "{");
            Node e1 = parseSequenceExpression();
            expect(Token.Kind.BRACKET, "}");
            expect(Token.Kind.OPERATOR, "else");
            Node e2;
            if (current.is(Token.Kind.OPERATOR, "if")) {
                e2 = parseConditionalIf();
            } else {
                expect(Token.Kind.BRACKET, "{");
                e2 = parseSequenceExpression();
                expect(Token.Kind.BRACKET, "}");
            }
            // expr-lang makes this node without counting it, at position 0
            Node n = new Node(Kind.COND, 0, cond, e1, e2);
            if (n.depth > maxDepth) {
                throw error("compilation failed: expression exceeds maximum nesting depth");
            }
            return n;
        } finally {
            depth--;
        }
    }

    private Node parseConditional(Node node) {
        while (current.is(Token.Kind.OPERATOR, "?")) {
            next();
            Node e1;
            Node e2;
            if (!current.is(Token.Kind.OPERATOR, ":")) {
                e1 = parseExpression(0);
                expect(Token.Kind.OPERATOR, ":");
                e2 = parseExpression(0);
            } else {
                next();
                e1 = node;
                e2 = parseExpression(0);
            }
            Node c = node(Kind.COND, current.from(), node, e1, e2);
            c.ternary = true;
            node = c;
        }
        return node;
    }

    private Node parsePrimary() {
        Token token = current;
        if (token.is(Token.Kind.OPERATOR)) {
            Integer prec = UNARY.get(token.value());
            if (prec != null) {
                next();
                Node expr = parseExpression(prec);
                Node u = node(Kind.UNARY, token.from(), expr);
                u.name = token.value();
                return parsePostfixExpression(u);
            }
        }
        if (token.is(Token.Kind.BRACKET, "(")) {
            next();
            Node expr = parseSequenceExpression();
            expect(Token.Kind.BRACKET, ")");
            return parsePostfixExpression(expr);
        }
        if (predicateDepth > 0 && (token.is(Token.Kind.OPERATOR, "#") || token.is(Token.Kind.OPERATOR, "."))) {
            String name = "";
            if (token.is(Token.Kind.OPERATOR, "#")) {
                next();
                if (current.is(Token.Kind.IDENTIFIER)) {
                    name = current.value();
                    next();
                }
            }
            Node ptr = node(Kind.POINTER, token.from());
            ptr.name = name;
            return parsePostfixExpression(ptr);
        }
        if (token.is(Token.Kind.OPERATOR, "::")) {
            next();
            token = current;
            expect(Token.Kind.IDENTIFIER);
            return parsePostfixExpression(parseCall(token, new ArrayList<>(), false));
        }
        return parseSecondary();
    }

    private Node parseSecondary() {
        Token token = current;
        Node node;
        switch (token.kind()) {
            case IDENTIFIER -> {
                next();
                switch (token.value()) {
                    case "true", "false" -> {
                        Node b = node(Kind.BOOL, token.from());
                        b.value = token.value().equals("true");
                        return b;
                    }
                    case "nil" -> {
                        return node(Kind.NIL, token.from());
                    }
                    default -> {
                        if (current.is(Token.Kind.BRACKET, "(")) {
                            node = parseCall(token, new ArrayList<>(), true);
                        } else {
                            node = node(Kind.IDENT, token.from());
                            node.name = token.value();
                        }
                    }
                }
            }
            case NUMBER -> {
                next();
                return number(token);
            }
            case STRING -> {
                next();
                node = node(Kind.STRING, token.from());
                node.value = token.value();
            }
            case BYTES -> {
                next();
                node = node(Kind.BYTES, token.from());
                String v = token.value();
                byte[] b = new byte[v.length()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) v.charAt(i);
                }
                node.value = b;
            }
            default -> {
                if (token.is(Token.Kind.BRACKET, "[")) {
                    node = parseArrayExpression(token);
                } else if (token.is(Token.Kind.BRACKET, "{")) {
                    node = parseMapExpression(token);
                } else {
                    throw error("unexpected token " + token);
                }
            }
        }
        return parsePostfixExpression(node);
    }

    private Node number(Token token) {
        String value = token.value().replace("_", "");
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        Node n;
        if (lower.startsWith("0x")) {
            n = integer(value, 16, "hex");
        } else if (lower.contains(".") || lower.contains("e")) {
            double d;
            try {
                d = GoNumbers.parseFloat(value);
            } catch (NumberFormatException e) {
                throw error("invalid float literal: strconv.ParseFloat: parsing " + GoFmt.quote(value) + ": "
                        + e.getMessage());
            }
            n = node(Kind.FLOAT, current.from());
            n.value = d;
        } else if (lower.startsWith("0b")) {
            n = integer(value, 2, "binary");
        } else if (lower.startsWith("0o")) {
            n = integer(value, 8, "octal");
        } else {
            n = integer(value, 10, "integer");
        }
        n.pos = token.from();
        return n;
    }

    private Node integer(String value, int radix, String what) {
        String digits = radix == 10 ? value : value.substring(2);
        String reason = null;
        long v = 0;
        boolean syntaxOk = !digits.isEmpty();
        for (int i = 0; i < digits.length() && syntaxOk; i++) {
            if (Character.digit(digits.charAt(i), radix) < 0) {
                syntaxOk = false;
            }
        }
        if (radix == 10 && value.length() > 1 && value.startsWith("0")) {
            // strconv.ParseInt(s, 10, 64) takes a leading zero as a decimal digit
            syntaxOk = true;
        }
        if (!syntaxOk) {
            reason = "invalid syntax";
        } else {
            BigInteger big = new BigInteger(digits, radix);
            if (big.bitLength() > 63) {
                reason = "value out of range";
            } else {
                v = big.longValue();
            }
        }
        if (reason != null) {
            String fn = "strconv.ParseInt";
            throw error("invalid " + what + " literal: " + fn + ": parsing " + GoFmt.quote(value) + ": " + reason);
        }
        Node n = node(Kind.INT, current.from());
        n.value = v;
        return n;
    }

    private Node parseCall(Token token, List<Node> arguments, boolean checkOverrides) {
        boolean overridden = checkOverrides && overrides.contains(token.value());
        int[] spec = PREDICATES.get(token.value());
        if (spec != null && !overridden) {
            expect(Token.Kind.BRACKET, "(");
            int offset = arguments.size();
            int count = spec.length - offset;
            for (int i = 0; i < count; i++) {
                int arg = spec[offset + i];
                if ((arg & OPTIONAL) == OPTIONAL) {
                    if (current.is(Token.Kind.BRACKET, ")")) {
                        break;
                    }
                } else if (current.is(Token.Kind.BRACKET, ")")) {
                    throw error("expected at least " + count + " arguments");
                }
                if (i > 0) {
                    expect(Token.Kind.OPERATOR, ",");
                }
                if ((arg & EXPR) == EXPR) {
                    arguments.add(parseExpression(0));
                } else {
                    arguments.add(parsePredicate());
                }
            }
            if (current.is(Token.Kind.OPERATOR, ",")) {
                next();
            }
            expect(Token.Kind.BRACKET, ")");
            Node b = node(Kind.BUILTIN, token.from(), Node.array(arguments));
            b.name = token.value();
            return b;
        }
        if (Builtins.isBuiltin(token.value()) && !overridden) {
            List<Node> args = parseArguments(arguments);
            Node b = node(Kind.BUILTIN, token.from(), Node.array(args));
            b.name = token.value();
            return b;
        }
        Node callee = node(Kind.IDENT, token.from());
        callee.name = token.value();
        List<Node> args = parseArguments(arguments);
        args.add(0, callee);
        return node(Kind.CALL, token.from(), Node.array(args));
    }

    private List<Node> parseArguments(List<Node> arguments) {
        int offset = arguments.size();
        expect(Token.Kind.BRACKET, "(");
        while (!current.is(Token.Kind.BRACKET, ")")) {
            if (arguments.size() > offset) {
                expect(Token.Kind.OPERATOR, ",");
            }
            if (current.is(Token.Kind.BRACKET, ")")) {
                break;
            }
            arguments.add(parseExpression(0));
        }
        expect(Token.Kind.BRACKET, ")");
        return arguments;
    }

    private Node parsePredicate() {
        Token start = current;
        boolean brackets = false;
        if (current.is(Token.Kind.BRACKET, "{")) {
            next();
            brackets = true;
        }
        predicateDepth++;
        Node body;
        if (brackets) {
            body = parseSequenceExpression();
        } else {
            body = parseExpression(0);
            if (current.is(Token.Kind.OPERATOR, ";")) {
                throw error("wrap predicate with brackets { and }");
            }
        }
        predicateDepth--;
        if (brackets) {
            expect(Token.Kind.BRACKET, "}");
        }
        return node(Kind.PREDICATE, start.from(), body);
    }

    private Node parseArrayExpression(Token token) {
        List<Node> nodes = new ArrayList<>();
        expect(Token.Kind.BRACKET, "[");
        while (!current.is(Token.Kind.BRACKET, "]")) {
            if (!nodes.isEmpty()) {
                expect(Token.Kind.OPERATOR, ",");
                if (current.is(Token.Kind.BRACKET, "]")) {
                    break;
                }
            }
            nodes.add(parseExpression(0));
        }
        expect(Token.Kind.BRACKET, "]");
        return node(Kind.ARRAY, token.from(), Node.array(nodes));
    }

    private Node parseMapExpression(Token token) {
        expect(Token.Kind.BRACKET, "{");
        List<Node> pairs = new ArrayList<>();
        while (!current.is(Token.Kind.BRACKET, "}")) {
            if (!pairs.isEmpty()) {
                expect(Token.Kind.OPERATOR, ",");
                if (current.is(Token.Kind.BRACKET, "}")) {
                    break;
                }
                if (current.is(Token.Kind.OPERATOR, ",")) {
                    throw error("unexpected token " + current);
                }
            }
            Node key;
            if (current.is(Token.Kind.NUMBER) || current.is(Token.Kind.STRING) || current.is(Token.Kind.IDENTIFIER)) {
                key = node(Kind.STRING, current.from());
                key.value = current.value();
                next();
            } else if (current.is(Token.Kind.BRACKET, "(")) {
                key = parseExpression(0);
            } else {
                throw error("a map key must be a quoted string, a number, a identifier, or an expression enclosed in"
                        + " parentheses (unexpected token " + current + ")");
            }
            expect(Token.Kind.OPERATOR, ":");
            Node value = parseExpression(0);
            pairs.add(node(Kind.PAIR, token.from(), key, value));
        }
        expect(Token.Kind.BRACKET, "}");
        return node(Kind.MAP, token.from(), Node.array(pairs));
    }

    private Node parsePostfixExpression(Node node) {
        Token postfix = current;
        while (postfix.is(Token.Kind.OPERATOR) || postfix.is(Token.Kind.BRACKET)) {
            boolean optional = postfix.value().equals("?.");
            if (postfix.value().equals(".") || postfix.value().equals("?.")) {
                next();
                Token property = current;
                if (optional && property.is(Token.Kind.BRACKET, "[")) {
                    postfix = property;
                    node = parseIndex(node, postfix, true);
                    postfix = current;
                    continue;
                }
                next();
                if (property.kind() != Token.Kind.IDENTIFIER
                        && (property.kind() != Token.Kind.OPERATOR || !isValidIdentifier(property.value()))) {
                    throw error("expected name");
                }
                Node prop = node(Kind.STRING, property.from());
                prop.value = property.value();
                boolean isChain = node.kind == Kind.CHAIN;
                if (isChain) {
                    node = node.kids[0];
                }
                Node member = node(Kind.MEMBER, property.from(), node, prop);
                member.optional = optional;
                if (current.is(Token.Kind.BRACKET, "(")) {
                    member.method = true;
                    List<Node> args = parseArguments(new ArrayList<>());
                    args.add(0, member);
                    node = node(Kind.CALL, property.from(), Node.array(args));
                } else {
                    node = member;
                }
                if (isChain || optional) {
                    node = node(Kind.CHAIN, property.from(), node);
                }
            } else if (postfix.value().equals("[")) {
                node = parseIndex(node, postfix, false);
            } else {
                break;
            }
            postfix = current;
        }
        return node;
    }

    private Node parseIndex(Node node, Token postfix, boolean optional) {
        next();
        if (current.is(Token.Kind.OPERATOR, ":")) {
            next();
            Node to = null;
            if (!current.is(Token.Kind.BRACKET, "]")) {
                to = parseExpression(0);
            }
            Node slice = node(Kind.SLICE, postfix.from(), node, null, to);
            expect(Token.Kind.BRACKET, "]");
            return slice;
        }
        Node from = parseExpression(0);
        if (current.is(Token.Kind.OPERATOR, ":")) {
            next();
            Node to = null;
            if (!current.is(Token.Kind.BRACKET, "]")) {
                to = parseExpression(0);
            }
            Node slice = node(Kind.SLICE, postfix.from(), node, from, to);
            expect(Token.Kind.BRACKET, "]");
            return slice;
        }
        Node member = node(Kind.MEMBER, postfix.from(), node, from);
        member.optional = optional;
        Node result = member;
        if (optional) {
            result = node(Kind.CHAIN, postfix.from(), member);
        }
        expect(Token.Kind.BRACKET, "]");
        return result;
    }

    private static boolean isValidIdentifier(String s) {
        if (s.isEmpty() || !Lexer.isAlphabetic(s.codePointAt(0))) {
            return false;
        }
        for (int c : Lexer.codePoints(s)) {
            if (!Lexer.isAlphaNumeric(c)) {
                return false;
            }
        }
        return true;
    }

    private Node parseComparison(Node left, Token token, int precedence) {
        Node root = null;
        while (true) {
            Node comparator = parseExpression(precedence + 1);
            Node cmp = node(Kind.BINARY, token.from(), left, comparator);
            cmp.name = token.value();
            if (root == null) {
                root = cmp;
            } else {
                root = node(Kind.BINARY, token.from(), root, cmp);
                root.name = "&&";
            }
            left = comparator;
            token = current;
            if (!(token.is(Token.Kind.OPERATOR) && isComparison(token.value()))) {
                break;
            }
            next();
        }
        return root;
    }
}
