using System.Text.Json.Nodes;

namespace SaRaiCms.Recipes;

/// <summary>Runs one kind of recipe step, chosen by the step's name (case-insensitive).</summary>
public interface IRecipeStepHandler
{
    string StepName { get; }

    Task ExecuteAsync(RecipeStepContext context);
}

public sealed class RecipeStepContext(string recipeName, int stepIndex, string stepName, JsonObject step, IServiceProvider services, CancellationToken cancellationToken)
{
    public string RecipeName { get; } = recipeName;
    public int StepIndex { get; } = stepIndex;
    public string StepName { get; } = stepName;

    /// <summary>The step with macros already evaluated.</summary>
    public JsonObject Step { get; } = step;
    public IServiceProvider Services { get; } = services;
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Things the step did not apply but the operator should know (e.g. unknown Orchard features).</summary>
    public List<string> Warnings { get; } = [];

    public RecipeException Error(string message, string? item = null) => new(StepIndex, StepName, item, message);
}

/// <summary>A recipe failed; the message names the step and, when known, the item.</summary>
public sealed class RecipeException(int stepIndex, string stepName, string? item, string message, Exception? inner = null)
    : Exception(Format(stepIndex, stepName, item, message), inner)
{
    public int StepIndex { get; } = stepIndex;
    public string StepName { get; } = stepName;
    public string? Item { get; } = item;
    public string Reason { get; } = message;

    private static string Format(int stepIndex, string stepName, string? item, string message)
        => stepIndex < 0
            ? message
            : $"Recipe step {stepIndex + 1} ('{stepName}'){(item is null ? "" : $", item {item}")}: {message}";
}

public sealed record RecipeResult(string Name, IReadOnlyList<string> Warnings);

public interface IRecipeExecutor
{
    /// <summary>Runs a recipe in one transaction: on any error nothing is changed and a <see cref="RecipeException"/> is thrown.</summary>
    Task<RecipeResult> ExecuteAsync(string json, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken = default);
}
