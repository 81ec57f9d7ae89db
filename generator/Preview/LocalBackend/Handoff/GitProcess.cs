using System.Diagnostics;
using System.Text;

namespace Portal.Preview.LocalBackend.Handoff;

/// <summary>
/// Runs the machine's own `git` (Git for Windows brings Git Credential Manager with it): never interactively, so a push
/// without stored credentials fails at once instead of waiting for a password nobody will type into the preview window.
/// </summary>
public static class GitProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    /// <summary>The exit code, standard output and error; exit code -1 when git cannot be started at all (not installed).</summary>
    public static GitResult Run(string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? input = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        // Paths with Chinese characters printed as they are, not as octal escapes.
        // --literal-pathspecs: a file name with * ? [ names that file, never a pattern matching others.
        foreach (var argument in (string[])["--literal-pathspecs", "-c", "core.quotepath=off", .. arguments]) start.ArgumentList.Add(argument);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GCM_INTERACTIVE"] = "never";
        start.Environment["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes";
        start.Environment["LC_ALL"] = "C";
        if (environment is not null)
        {
            foreach (var (name, value) in environment) start.Environment[name] = value;
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new GitResult(-1, [], ex.Message);
        }
        using (process)
        {
            var bytes = new MemoryStream();
            var output = process.StandardOutput.BaseStream.CopyToAsync(bytes);
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null) process.StandardInput.Write(input);
            process.StandardInput.Close();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                return new GitResult(-1, [], "git timed out");
            }
            output.Wait();
            return new GitResult(process.ExitCode, bytes.ToArray(), error.Result);
        }
    }

    /// <summary>Standard output of a command that must succeed; <see cref="GitFailedException"/> otherwise.</summary>
    public static string Required(string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = Run(workingDirectory, arguments, environment);
        return result.Succeeded ? result.Output.Trim() : throw new GitFailedException(arguments, result);
    }
}

/// <param name="Bytes">Standard output as written (a file's content from `git cat-file`).</param>
public sealed record GitResult(int ExitCode, byte[] Bytes, string Error)
{
    public string Output => Encoding.UTF8.GetString(Bytes);

    public bool Succeeded => ExitCode == 0;
}

/// <summary>A git command that failed; its error text is kept for the editor's notice.</summary>
public sealed class GitFailedException(IReadOnlyList<string> arguments, GitResult result)
    : Exception($"git {string.Join(' ', arguments)}: {result.Error.Trim()}")
{
    public GitResult Result { get; } = result;
}
