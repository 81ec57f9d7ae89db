using System.Text.Json;
using System.Text.Encodings.Web;
using Portal.Build;
using Portal.Diagnostics;

namespace Portal.Preview;

/// <summary>The outcome of the latest preview build, as the error overlay shows it.</summary>
public sealed class PreviewState
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private volatile string errorsJson = "[]";

    public int Builds { get; private set; }

    public string ErrorsJson => errorsJson;

    /// <param name="themeDir">The theme whose formWords tell the browser editor's panel each slip in the form's words; null: none.</param>
    public void Record(BuildResult result, string contentDir, string? themeDir = null)
    {
        var words = themeDir is not null && result.Diagnostics.Any(d => d.Severity == Severity.Error)
            ? Loading.ThemeTextReader.Read(themeDir, new DiagnosticBag())
            : null;
        Builds++;
        // As the editor knows the file: from the content folder's own name ("content/stories/2025/…"), not a long path.
        var folder = Path.GetFileName(Path.GetFullPath(contentDir).TrimEnd(Path.DirectorySeparatorChar));
        var errors = result.Diagnostics
            .Where(d => d.Severity == Severity.Error)
            .Select(d => new
            {
                file = Path.IsPathRooted(d.File) ? d.File : Path.Combine(folder, d.File).Replace('\\', '/'),
                line = d.Line,
                column = d.Column,
                code = d.Code,
                message = d.Message,
                fix = d.Fix,
                // The same slip as the form names it (/admin/ shows this; the preview tab and `check` the file and line).
                form = words is null ? null : Validation.FormWording.Tell(d, SavedLines(contentDir), words),
            });
        errorsJson = JsonSerializer.Serialize(errors, Json);
    }

    /// <summary>A content file's lines by its content-relative path; null when it is gone.</summary>
    private static Func<string, IReadOnlyList<string>?> SavedLines(string contentDir) => relative =>
    {
        var file = Path.Combine(contentDir, relative);
        try
        {
            return File.Exists(file) ? Loading.EditorText.Read(file).Lines : null;
        }
        catch (IOException)
        {
            return null;
        }
    };
}
