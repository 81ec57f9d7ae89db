using Portal.Diagnostics;
using Portal.Rendering;
using Portal.Site;

namespace Portal.Build;

/// <summary>
/// The 公众号 copy of one story, from the checked content and the theme, with the published site's addresses
/// (site.yml's baseUrl): what `serve`'s 复制公众号版 button puts on the clipboard and the `wechat` command prints.
/// Nothing is written: the copy is never part of the site.
/// </summary>
public static class WeChatCopy
{
    /// <summary>The copy, or null with the reason in <paramref name="diagnostics"/> (content errors) or none (no such story).</summary>
    /// <param name="isStory">Picks the story: by its file, or by its site path.</param>
    public static Answer? Of(string contentDir, string themeDir, bool includeDrafts, Func<StoryEntry, bool> isStory, DiagnosticBag diagnostics)
    {
        var theme = LoadedTheme.Load(themeDir, diagnostics);
        // Dated by the content itself: the copy does not depend on the day it is made.
        var options = new BuildOptions { ContentDir = contentDir, ThemeDir = themeDir, IncludeDrafts = includeDrafts }.WithAsOf(null);
        var site = SiteBuild.LoadAndValidate(options, diagnostics);
        if (theme is null || site is null) return null;
        return site.Stories.FirstOrDefault(isStory) is { } story ? new Answer(WeChatArticle.For(story, site.Config, site.Urls, theme.Text), theme.Text) : null;
    }

    /// <summary>The copy, and the theme's words the button and its note show.</summary>
    public sealed record Answer(WeChatArticle.Copy Copy, Model.ThemeText Words);

    /// <summary>Whether <paramref name="file"/> (as given on the command line) is the story's Markdown file.</summary>
    public static Func<StoryEntry, bool> ByFile(string contentDir, string file)
    {
        var full = Path.GetFullPath(file);
        var inContent = Path.GetFullPath(Path.Combine(contentDir, file));
        return story =>
        {
            var own = Path.GetFullPath(Path.Combine(contentDir, story.Source.SourceFile));
            return string.Equals(own, full, StringComparison.Ordinal) || string.Equals(own, inContent, StringComparison.Ordinal);
        };
    }

    /// <summary>Whether the story's page is at <paramref name="sitePath"/> ("stories/2025/2025-03-14-x/", with or without slashes).</summary>
    public static Func<StoryEntry, bool> ByPath(string sitePath)
    {
        var path = sitePath.Trim('/') + "/";
        return story => string.Equals(story.Path, path, StringComparison.Ordinal);
    }
}
