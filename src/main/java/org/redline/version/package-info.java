/**
 * Versions: a draft becomes an immutable version of its document; timelines, points and the rule that classifies a point's change.
 *
 * <p>The API is this package, and it is large because every feature reads versions: the use cases
 * ({@code VersionRecording}, {@code MetadataCorrections}, {@code VersionTimeline}, {@code PointReads},
 * {@code VersionIntegrity}, {@code Recorder}); the values a draft and a version are made of and their
 * vocabularies ({@code Draft}, {@code DraftPoint}, {@code PointView}, {@code VersionView},
 * {@code VersionSummary}, {@code VersionLink}, {@code Source}, {@code Knowledge}, {@code Provenance},
 * {@code ChangeCounts}, {@code ChangeKind}, {@code PointStatus}, {@code PointState},
 * {@code VersionKind}, {@code VersionStatus}, {@code PointComparison}, {@code SearchTerms},
 * {@code MetadataCorrection}, {@code ExpectedLatest}, {@code RecordedVersion},
 * {@code PointAcrossVersions}); what the reads return ({@code VersionListPage},
 * {@code VersionPointsPage}, {@code PointRows}, {@code LineageRows}); the events the audit trail hears
 * ({@code VersionRecorded}, {@code VersionMetadataCorrected}, {@code CorrectionStarting}); and the
 * errors other modules let through or catch ({@code DraftRejected}, {@code DuplicateContent},
 * {@code DuplicateRef}, {@code InvalidCorrection}, {@code LatestVersionMoved}, {@code VersionNotFound}).
 * Storage (entity, repository, JDBC point rows, heads, the search index) is in {@code internal}.
 */
@ApplicationModule(allowedDependencies = {"document", "text", "web"})
package org.redline.version;

import org.springframework.modulith.ApplicationModule;
