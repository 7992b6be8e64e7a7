package org.wicexplorer.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into short messages a person editing the file can act on. */
public final class JsonProblems {
    private JsonProblems() {
    }

    public static Problem syntax(String file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("No content to map due to end-of-input")) {
            message = Wording.t("fileEmpty");
        }
        return new Problem(file, line, column, Wording.t("jsonSyntax", firstLine(message)));
    }

    /** The JSON Pointer of the failing value, relative to the node that was being converted. */
    public static String pointer(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            out.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return out.toString();
    }

    public static String describe(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? lastField(m) : null;
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> ids = u.getKnownPropertyIds();
            return ids == null || ids.isEmpty() ? Wording.t("unknownField", u.getPropertyName())
                    : Wording.t("unknownFieldKnown", u.getPropertyName(),
                            ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        }
        return in(field, what(e));
    }

    /** What is wrong with the value, without saying which field. */
    private static String what(JsonProcessingException e) {
        if (e instanceof InvalidFormatException f) {
            if (f.getTargetType() == LocalDate.class) {
                return Wording.t("notADate", f.getValue());
            }
            if (f.getTargetType() != null && f.getTargetType().isEnum()) {
                return f.getOriginalMessage();
            }
            return Wording.t("notValid", f.getValue(), typeName(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException m) {
            String found = found(m.getOriginalMessage());
            return found.isEmpty() ? Wording.t("expected", typeName(m.getTargetType()))
                    : Wording.t("expectedFound", typeName(m.getTargetType()), found);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return firstLine(v.getCause().getMessage());
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String in(String field, String message) {
        return field == null ? message : Wording.t("inField", field, message);
    }

    /** A JSON node's kind ("array", "string", …) in the current language, for "expected an object, found …". */
    public static String nodeName(com.fasterxml.jackson.databind.JsonNode node) {
        String name = node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "array", "string", "number", "boolean", "null" -> Wording.t("node." + name);
            default -> name;
        };
    }

    private static String lastField(JsonMappingException e) {
        for (int i = e.getPath().size() - 1; i >= 0; i--) {
            String name = e.getPath().get(i).getFieldName();
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String found(String original) {
        if (original == null) {
            return "";
        }
        int at = original.indexOf("from ");
        if (at >= 0) {
            String rest = original.substring(at + 5);
            int end = rest.indexOf(" value");
            return end > 0 ? firstLine(rest.substring(0, end + 6)) : "";
        }
        return "";
    }

    static String typeName(Class<?> type) {
        if (type == null) {
            return Wording.t("type.different");
        }
        if (type == String.class) {
            return Wording.t("type.string");
        }
        if (type == int.class || type == Integer.class) {
            return Wording.t("type.number");
        }
        if (type == LocalDate.class) {
            return Wording.t("type.date");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Wording.t("type.list");
        }
        if (type.isEnum()) {
            return Wording.t("type.enum");
        }
        if (type.isRecord()) {
            return Wording.t("type.object");
        }
        return Wording.t("type.other", type.getSimpleName());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
