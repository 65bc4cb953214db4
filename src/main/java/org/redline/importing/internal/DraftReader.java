package org.redline.importing.internal;

import java.util.function.Supplier;
import org.redline.importing.DraftImport;

/**
 * One format a draft can arrive in: which uploads it takes and how it reads them into a draft. Each
 * format is one class behind this interface, listed once in {@link DraftReaders}.
 */
public interface DraftReader {

    DraftFormat format();

    /** @param mediaType the declared type, lowercased, parameters such as charset removed */
    boolean acceptsType(String mediaType);

    /** @param fileName the uploaded file's name, lowercased */
    boolean acceptsName(String fileName);

    /**
     * Whether a body sent with no useful type or name is in this format.
     *
     * @param text the body decoded as strict UTF-8; binary formats look at the bytes and never ask for it
     */
    boolean recognises(byte[] body, Supplier<String> text);

    DraftImport.Parsed read(DraftUpload upload);
}
