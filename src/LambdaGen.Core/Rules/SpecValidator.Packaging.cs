using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

public static partial class SpecValidator
{
    private const int ImageListMax = 1500;
    private const int WorkingDirectoryMax = 1000;

    private static void CheckPackaging(Run run)
    {
        var spec = run.Spec;
        if (spec.PackageType is { } packageType && packageType.Value is not ("Zip" or "Image"))
        {
            run.Report(RuleCatalog.PackageTypeUnknown, FieldKeys.PackageType, packageType.Origin,
                $"PackageType {Text.Quote(packageType.Value)} is not valid; use 'Zip' or 'Image'",
                Suggestions.Enumeration(packageType.Value, new[] { "Zip", "Image" }));
        }

        if (spec.IsImage)
        {
            var image = spec.PackageType!.Value;
            ForbidWithImage(run, FieldKeys.Runtime, spec.Runtime?.Origin, image.Origin);
            ForbidWithImage(run, FieldKeys.Handler, spec.Handler?.Origin, image.Origin);
            ForbidWithImage(run, FieldKeys.Layers, spec.Layers?.Origin, image.Origin);
            if (spec.CodeSigningConfigArn is { } csc)
            {
                run.Report(RuleCatalog.CodeSigningWithImage, FieldKeys.CodeSigningConfigArn, csc.Origin,
                    "CodeSigningConfigArn applies only to .zip packages, not to PackageType 'Image'");
            }
        }
        else
        {
            RequireImage(run, FieldKeys.ImageEntryPoint, spec.ImageEntryPoint?.Origin);
            RequireImage(run, FieldKeys.ImageCommand, spec.ImageCommand?.Origin);
            RequireImage(run, FieldKeys.ImageWorkingDirectory, spec.ImageWorkingDirectory?.Origin);
        }

        if (spec.ImageEntryPoint is { } entryPoint && entryPoint.Value.Count > ImageListMax)
        {
            run.Report(RuleCatalog.ImageConfigTooLarge, FieldKeys.ImageEntryPoint, entryPoint.Origin, $"ImageEntryPoint has {entryPoint.Value.Count} items; the maximum is {ImageListMax}");
        }

        if (spec.ImageCommand is { } command && command.Value.Count > ImageListMax)
        {
            run.Report(RuleCatalog.ImageConfigTooLarge, FieldKeys.ImageCommand, command.Origin, $"ImageCommand has {command.Value.Count} items; the maximum is {ImageListMax}");
        }

        if (spec.ImageWorkingDirectory is { } directory && Text.CodePoints(directory.Value ?? "") > WorkingDirectoryMax)
        {
            run.Report(RuleCatalog.ImageConfigTooLarge, FieldKeys.ImageWorkingDirectory, directory.Origin, $"ImageWorkingDirectory is {Text.CodePoints(directory.Value!)} characters; the maximum is {WorkingDirectoryMax}");
        }

        CheckSnapStart(run);
    }

    private static void ForbidWithImage(Run run, string field, ValueOrigin? settingOrigin, ValueOrigin imageOrigin)
    {
        if (settingOrigin is null)
        {
            return;
        }

        var (blamed, origin) = Blame((field, settingOrigin), (FieldKeys.PackageType, imageOrigin));
        run.Report(RuleCatalog.ImageForbidsSetting, blamed, origin, $"{field} cannot be set for PackageType 'Image'; the image defines it");
    }

    private static void RequireImage(Run run, string field, ValueOrigin? origin)
    {
        if (origin is { } o)
        {
            run.Report(RuleCatalog.ImageSettingWithoutImage, field, o, $"{field} applies only to PackageType 'Image'; this function is a .zip package");
        }
    }

    private static void CheckSnapStart(Run run)
    {
        var spec = run.Spec;
        if (spec.SnapStart is not { } snapStart)
        {
            return;
        }

        if (snapStart.Value is not ("PublishedVersions" or "None"))
        {
            run.Report(RuleCatalog.SnapStartUnknown, FieldKeys.SnapStart, snapStart.Origin,
                $"SnapStart {Text.Quote(snapStart.Value)} is not valid; use 'PublishedVersions' or 'None'",
                Suggestions.Enumeration(snapStart.Value, new[] { "PublishedVersions", "None" }));
            return;
        }
        if (snapStart.Value != "PublishedVersions")
        {
            return;
        }

        string? conflict =
            spec.IsImage ? "a container image" :
            spec.FileSystems.Count > 0 ? "an EFS file system" :
            spec.EphemeralStorage is { Value: > EphemeralMin } storage ? $"EphemeralStorage {Text.Number(storage.Value)} MB (above 512)" :
            spec.Runtime is { } runtime && Runtimes.Find(runtime.Value ?? "") is { SnapStart: false } ? $"runtime '{runtime.Value}', which does not support it" :
            null;
        if (conflict is not null)
        {
            run.Report(RuleCatalog.SnapStartUnsupported, FieldKeys.SnapStart, snapStart.Origin, $"SnapStart cannot be used with {conflict}", "None");
            return;
        }

        // LG0081: the snapshot is taken when a version is published; $LATEST never uses it.
        if (spec.Publish is not { Value: true })
        {
            run.Report(RuleCatalog.SnapStartWithoutPublish, FieldKeys.SnapStart, snapStart.Origin,
                "SnapStart 'PublishedVersions' applies only to published versions, but Publish is not true, so the deploy publishes none and no snapshot is taken; set Publish = true");
        }
    }
}
