namespace Portal.Site;

/// <summary>
/// A view shown on many pages (a story's card on every list that holds it): its fingerprint is computed once and
/// reused by every page that includes it, so fingerprinting all pages stays linear in the site's size.
/// </summary>
public abstract record SharedView
{
    private ulong fingerprint;

    protected SharedView() { }

    /// <summary>A copy made with `with` differs from its original: it must not inherit the cached fingerprint.</summary>
    protected SharedView(SharedView original) { }

    internal ulong Fingerprint
    {
        get
        {
            // Views are immutable: racing threads compute the same value, so a plain field is enough.
            if (fingerprint == 0) fingerprint = ViewFingerprint.OfMembers(this) | 1;
            return fingerprint;
        }
    }
}
