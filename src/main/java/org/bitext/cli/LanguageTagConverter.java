package org.bitext.cli;

import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a language option: a BCP 47 tag whose language is an ISO 639 code of two or three letters
 * ({@code en}, {@code ar}, {@code arb}), a region or script after it if need be ({@code en-US},
 * {@code ar-EG}). A name such as {@code english} is refused here rather than taken as a language
 * that no paragraph is ever identified as: the run would otherwise set every English paragraph
 * aside and say only that the documents hold one language.
 */
public final class LanguageTagConverter implements ITypeConverter<String> {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    @Override
    public String convert(String value) {
        if (!TAG.matcher(value).matches()) {
            throw new TypeConversionException("'" + value + "' is not a language tag: give an ISO 639 code such "
                    + "as en or ar, with a region after it if need be (en-US, ar-EG)");
        }
        return value;
    }
}
