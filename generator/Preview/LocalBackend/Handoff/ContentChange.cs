namespace Portal.Preview.LocalBackend.Handoff;

/// <summary>
/// One file of the content folder that differs from where the editor's copy started.
/// </summary>
/// <param name="Path">Relative to the folder that holds content/, with '/': "content/stories/2026/….md".</param>
/// <param name="Sha256">The file's hash now (lower-case hex); null when it was deleted.</param>
/// <param name="BaseSha256">Its hash where the copy started; null when the file is new.</param>
public sealed record ContentChange(string Path, string? Sha256, string? BaseSha256)
{
    public bool Deleted => Sha256 is null;
}
