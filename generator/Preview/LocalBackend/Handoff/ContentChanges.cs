namespace Portal.Preview.LocalBackend.Handoff;

/// <summary>
/// The content files the editor changed, added or deleted since their copy started: against the checkout's HEAD when
/// content/ is in a git checkout, otherwise against <see cref="ContentBaseline"/>. Only files the editor may write count
/// (<see cref="ContentRepository.Resolve"/>): the hand-off never carries anything the local editor could not have made.
/// </summary>
public static class ContentChanges
{
    /// <summary>The changes, in path order, and a description of where they start ("git 3f2a…", "baseline 2026-12-07T…").</summary>
    public static (IReadOnlyList<ContentChange> Changes, string Base) Find(ContentRepository repository, GitCheckout? checkout)
    {
        if (checkout is not null) return (FromGit(repository, checkout), "git " + checkout.Head);
        var baseline = ContentBaseline.Read(repository)
            ?? throw new HandoffFailedException("没有找到本机编辑开始时的记录（content/.portal-baseline.json），无法判断改动了哪些文件，请告诉开发人员。");
        var now = ContentBaseline.Hashes(repository).ToDictionary(f => f.Path, f => f.Sha256, StringComparer.Ordinal);
        var changes = now.Keys.Union(baseline.Files.Keys).Where(Allowed(repository)).Order(StringComparer.Ordinal)
            .Select(path => new ContentChange(path, now.GetValueOrDefault(path), baseline.Files.GetValueOrDefault(path)))
            .Where(c => c.Sha256 != c.BaseSha256)
            .ToList();
        return (changes, "baseline " + baseline.Recorded);
    }

    private static List<ContentChange> FromGit(ContentRepository repository, GitCheckout checkout)
    {
        var status = GitProcess.Run(repository.Content, ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames", "--", "."]);
        if (!status.Succeeded) throw new GitFailedException(["status"], status);
        var changes = new List<ContentChange>();
        foreach (var entry in status.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry.Length < 4) continue;
            var full = Path.GetFullPath(Path.Combine(checkout.TopLevel, entry[3..]));
            var path = Path.GetRelativePath(repository.Root, full).Replace('\\', '/');
            if (!Allowed(repository)(path)) continue;
            var before = GitProcess.Run(repository.Content, ["cat-file", "blob", $"{checkout.Head}:{checkout.GitPath(repository, path)}"]);
            var baseHash = before.Succeeded ? ContentRepository.IdOf(before.Bytes) : null;
            var nowHash = File.Exists(full) ? ContentRepository.IdOf(File.ReadAllBytes(full)) : null;
            if (nowHash != baseHash) changes.Add(new ContentChange(path, nowHash, baseHash));
        }
        return [.. changes.OrderBy(c => c.Path, StringComparer.Ordinal)];
    }

    private static Func<string, bool> Allowed(ContentRepository repository) => path =>
    {
        try
        {
            repository.Resolve(path);
            return true;
        }
        catch (RefusedPathException)
        {
            return false;
        }
    };
}
