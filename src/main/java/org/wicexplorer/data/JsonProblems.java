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
            message = "the file is empty";
        }
        return new Problem(file, line, column, "JSON syntax error: " + firstLine(message));
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
        String where = field == null ? "" : "field \"" + field + "\": ";
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + u.getPropertyName() + "\"" + known(u.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException f) {
            if (f.getTargetType() == LocalDate.class) {
                return where + "\"" + f.getValue() + "\" is not a date in the form YYYY-MM-DD";
            }
            if (f.getTargetType() != null && f.getTargetType().isEnum()) {
                return where + f.getOriginalMessage();
            }
            return where + "\"" + f.getValue() + "\" is not a valid " + typeName(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m) {
            return where + "expected " + typeName(m.getTargetType()) + firstLine(found(m.getOriginalMessage()));
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return where + firstLine(v.getCause().getMessage());
        }
        return where + firstLine(e.getOriginalMessage());
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

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        return " (known fields: " + ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
    }

    private static String found(String original) {
        if (original == null) {
            return "";
        }
        int at = original.indexOf("from ");
        if (at >= 0) {
            String rest = original.substring(at + 5);
            int end = rest.indexOf(" value");
            return end > 0 ? ", found " + rest.substring(0, end + 6) : "";
        }
        return "";
    }

    static String typeName(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of the listed words";
        }
        if (type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
