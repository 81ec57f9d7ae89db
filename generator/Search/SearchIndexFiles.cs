using Portal.Diagnostics;
using Portal.Model;
using Portal.Output;
using Portal.Site;

namespace Portal.Search;

/// <summary>The search index of the page tree's search documents, written into the tree's index folder.</summary>
/// <param name="index">`serve` keeps one index across its builds and patches it; a full build makes a fresh one.</param>
/// <param name="text">The theme's words: the manifest carries its search block to the page's worker.</param>
public sealed class SearchIndexFiles(SearchIndex index, ThemeText text) : ISiteOutput
{
    public string Step => "生成搜索索引";

    public static SearchFacets.FacetWords Words(ThemeText text) => new(
        text.Word(ThemeKeys.Search.Type), text.Word(ThemeKeys.Search.Task), text.Word(ThemeKeys.Search.Department),
        text.Word(ThemeKeys.Search.Year), text.Word(ThemeKeys.Search.Case), text.Word(ThemeKeys.Search.YearValue),
        text.Word(ThemeKeys.Search.CaseValue), text.Word(ThemeKeys.Search.TaskValue), text.Word(ThemeKeys.Search.Date));

    public void Write(PageTree tree, OutputFolder output)
    {
        var facets = new SearchFacets(
            Model.StoryType.All.Select(t => t.Name).ToList(),
            tree.SearchTasks.Select(t => new SearchFacets.TaskFacet(t.Number, t.Title, t.Url)).ToList(),
            tree.SearchDepartments.Select(d => new SearchFacets.DepartmentFacet(d.Slug, d.Name)).ToList(),
            Model.CaseKinds.All,
            Words(text));
        var files = index.Update(tree.SearchDocuments, facets).Files;
        StageTimer.Mark($"search index ({index.DocumentsWeighed} weighed)");
        Parallel.ForEach(files, file => output.WriteBytes(tree.SearchIndexPath + file.Path, file.Bytes, file.Hash));
        StageTimer.Mark("search index write");
    }
}
