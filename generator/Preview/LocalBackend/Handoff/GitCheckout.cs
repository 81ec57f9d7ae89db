namespace Portal.Preview.LocalBackend.Handoff;

/// <summary>The git checkout the content folder is in, if it is in one and git is installed.</summary>
/// <param name="TopLevel">The checkout's top folder (git's paths are relative to it).</param>
/// <param name="Head">The commit the working copy started from.</param>
public sealed record GitCheckout(string TopLevel, string Head)
{
    public static GitCheckout? Find(ContentRepository repository)
    {
        var top = GitProcess.Run(repository.Content, ["rev-parse", "--show-toplevel"]);
        if (!top.Succeeded) return null;
        var head = GitProcess.Run(repository.Content, ["rev-parse", "--verify", "HEAD"]);
        return head.Succeeded ? new GitCheckout(Path.GetFullPath(top.Output.Trim()), head.Output.Trim()) : null;
    }

    /// <summary>A path relative to the folder that holds content/ as git names it (relative to the top folder).</summary>
    public string GitPath(ContentRepository repository, string path) =>
        Path.GetRelativePath(TopLevel, Path.Combine(repository.Root, path)).Replace('\\', '/');
}
