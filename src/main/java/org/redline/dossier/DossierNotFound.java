package org.redline.dossier;

public class DossierNotFound extends RuntimeException {

    public DossierNotFound(String slug) {
        super("No dossier '" + slug + "'");
    }
}
