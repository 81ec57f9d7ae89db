using System.Text.RegularExpressions;

namespace Portal.Benchmarks;

/// <summary>
/// The same corpus as a Hugo site with equivalent output: home, story pages, paginated lists (20 per page) for
/// stories and every taxonomy term (tasks, departments, types, tags), RSS and sitemap.
/// </summary>
public static partial class HugoSite
{
    [GeneratedRegex(@"^(tasks: )\[([0-9, ]+)\]$", RegexOptions.Multiline)]
    private static partial Regex TaskList();

    [GeneratedRegex(@"^type: ", RegexOptions.Multiline)]
    private static partial Regex TypeKey();

    public static void Write(string contentDir, string siteDir)
    {
        Directory.CreateDirectory(siteDir);
        File.WriteAllText(Path.Combine(siteDir, "hugo.toml"), """
            baseURL = "https://example.org/"
            languageCode = "zh-CN"
            title = "bench"
            paginate = 20
            [taxonomies]
              task = "tasks"
              department = "departments"
              kind = "kinds"
              tag = "tags"
            [permalinks]
              stories = "/stories/:year/:filename/"
            """);
        var layouts = Path.Combine(siteDir, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><nav><a href="/">首页</a> <a href="/stories/">工作动态</a> <a href="/tasks/">重点任务</a></nav>
            <main>{{ block "main" . }}{{ end }}</main></body></html>
            """);
        File.WriteAllText(Path.Combine(layouts, "single.html"), """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><p><time>{{ .Date.Format "2006-01-02" }}</time>
            {{ range .Params.tags }}<a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>
            <p>{{ .Params.summary }}</p>{{ .Content }}
            {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</article>{{ end }}
            """);
        File.WriteAllText(Path.Combine(layouts, "list.html"), """
            {{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
            <time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Params.summary }}</p></li>{{ end }}</ol>
            {{ template "_internal/pagination.html" . }}{{ end }}
            """);
        File.WriteAllText(Path.Combine(siteDir, "layouts", "index.html"), """
            {{ define "main" }}<h1>首页</h1><ol>{{ range first 10 (where .Site.RegularPages "Section" "stories") }}
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}
            """);
        var stories = Path.Combine(contentDir, "stories");
        foreach (var file in Directory.EnumerateFiles(stories, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(siteDir, "content", "stories", Path.GetRelativePath(stories, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var text = File.ReadAllText(file);
            // Hugo reserves "type" for layouts and wants taxonomy values as strings.
            text = TypeKey().Replace(text, "kinds: ");
            text = TaskList().Replace(text, m => m.Groups[1].Value + "[" + string.Join(", ", m.Groups[2].Value.Split(',').Select(t => $"\"{t.Trim()}\"")) + "]");
            File.WriteAllText(target, text);
        }
    }
}
