<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Category</name>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="15"/>
        <source>short sleeve top</source>
        <translation>short sleeve top</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="15"/>
        <source>long sleeve top</source>
        <translation>long sleeve top</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="16"/>
        <source>short sleeve outwear</source>
        <translation>short sleeve outwear</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="16"/>
        <source>long sleeve outwear</source>
        <translation>long sleeve outwear</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="17"/>
        <source>vest</source>
        <translation>vest</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="17"/>
        <source>sling</source>
        <translation>sling</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="18"/>
        <source>shorts</source>
        <translation>shorts</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="18"/>
        <source>trousers</source>
        <translation>trousers</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="19"/>
        <source>skirt</source>
        <translation>skirt</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="19"/>
        <source>short sleeve dress</source>
        <translation>short sleeve dress</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="20"/>
        <source>long sleeve dress</source>
        <translation>long sleeve dress</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="20"/>
        <source>vest dress</source>
        <translation>vest dress</translation>
    </message>
    <message>
        <location filename="../ui/models/categorylabel.cpp" line="21"/>
        <source>sling dress</source>
        <translation>sling dress</translation>
    </message>
</context>
<context>
    <name>DatasetEvaluation</name>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="90"/>
        <source>Detection AP: no detectors among the models</source>
        <translation>Detection AP: no detectors among the models</translation>
    </message>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="94"/>
        <source>Acc@k: no catalog is open</source>
        <translation>Acc@k: no catalog is open</translation>
    </message>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="106"/>
        <source>Acc@k skipped: the catalog %1 holds none of the %2 shop photos of %3; import the split into a catalog (File ▸ Import into Catalog…) and open that catalog to measure retrieval</source>
        <translation>Acc@k skipped: the catalog %1 holds none of the %2 shop photos of %3; import the split into a catalog (File ▸ Import into Catalog…) and open that catalog to measure retrieval</translation>
    </message>
    <message>
        <location filename="../core/experiments/datasetevaluation.cpp" line="115"/>
        <source>Acc@k: the catalog holds %1 of the split&apos;s %2 shop photos; the others cannot be found</source>
        <translation>Acc@k: the catalog holds %1 of the split&apos;s %2 shop photos; the others cannot be found</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/models/errortext.cpp" line="8"/>
        <source>%1; rebuild it with Tools ▸ Rebuild Index</source>
        <translation>%1; rebuild it with Tools ▸ Rebuild Index</translation>
    </message>
    <message>
        <location filename="../ui/models/errortext.cpp" line="9"/>
        <source>%1; check it with: lookbook-cli catalog check &quot;%2&quot;</source>
        <translation>%1; check it with: lookbook-cli catalog check &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../ui/models/errortext.cpp" line="10"/>
        <source>%1; import photos with File ▸ Import into Catalog…</source>
        <translation>%1; import photos with File ▸ Import into Catalog…</translation>
    </message>
    <message>
        <location filename="../ui/models/errortext.cpp" line="11"/>
        <source>%1; build the demo set with: lookbook-cli demo build</source>
        <translation>%1; build the demo set with: lookbook-cli demo build</translation>
    </message>
</context>
<context>
    <name>IndexRebuild</name>
    <message>
        <location filename="../ui/models/indexrebuild.cpp" line="26"/>
        <source>unknown index type &apos;%1&apos; (expected flat, hnsw or ivfpq)</source>
        <translation>unknown index type &apos;%1&apos; (expected flat, hnsw or ivfpq)</translation>
    </message>
</context>
<context>
    <name>ItemData</name>
    <message>
        <location filename="../ui/models/itemdata.cpp" line="20"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/itemdata.cpp" line="36"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;pair %3 · item %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;pair %3 · item %4&lt;br&gt;&lt;small&gt;%5&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="90"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Images (%1);;All files (*)</translation>
    </message>
</context>
<context>
    <name>QaStyle</name>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="28"/>
        <source>True positive</source>
        <translation>True positive</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="30"/>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="32"/>
        <source>Spurious</source>
        <translation>Spurious</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="34"/>
        <source>Wrong category</source>
        <translation>Wrong category</translation>
    </message>
    <message>
        <location filename="../ui/widgets/qastyle.cpp" line="36"/>
        <source>Poor IoU</source>
        <translation>Poor IoU</translation>
    </message>
</context>
<context>
    <name>WorkspaceConfig</name>
    <message>
        <location filename="../ui/models/workspaceconfig.cpp" line="40"/>
        <source>No embedder chosen: add the embedder (or ensemble) manifest that made the catalog&apos;s vectors.</source>
        <translation>No embedder chosen: add the embedder (or ensemble) manifest that made the catalog&apos;s vectors.</translation>
    </message>
    <message>
        <location filename="../ui/models/workspaceconfig.cpp" line="66"/>
        <source>Choose a catalog.</source>
        <translation>Choose a catalog.</translation>
    </message>
    <message>
        <location filename="../ui/models/workspaceconfig.cpp" line="68"/>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="16"/>
        <source>About Lookbook</source>
        <translation>About Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="18"/>
        <source>&lt;h2&gt;Lookbook %1&lt;/h2&gt;&lt;p&gt;Street-to-shop clothes retrieval: detect, fuse, embed, search.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Lookbook %1&lt;/h2&gt;&lt;p&gt;Street-to-shop clothes retrieval: detect, fuse, embed, search.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="25"/>
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="36"/>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="39"/>
        <source>The backend check is still running.</source>
        <translation>The backend check is still running.</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::BoxItem</name>
    <message>
        <location filename="../ui/widgets/boxitem.cpp" line="22"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — score %3&lt;br&gt;box %4, %5 – %6, %7 (%8 × %9 px)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — score %3&lt;br&gt;box %4, %5 – %6, %7 (%8 × %9 px)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/boxitem.cpp" line="69"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::CatalogPanel</name>
    <message>
        <location filename="../ui/widgets/catalogpanel.cpp" line="31"/>
        <source>&lt;i&gt;No catalog open&lt;/i&gt;</source>
        <translation>&lt;i&gt;No catalog open&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/catalogpanel.cpp" line="33"/>
        <source>%Ln shop item(s) — %L1 listed, more as you scroll</source>
        <translation>
            <numerusform>%Ln shop item — %L1 listed, more as you scroll</numerusform>
            <numerusform>%Ln shop items — %L1 listed, more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/catalogpanel.cpp" line="35"/>
        <source>%Ln shop item(s)</source>
        <translation>
            <numerusform>%Ln shop item</numerusform>
            <numerusform>%Ln shop items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookbook::ui::CompareDialog</name>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="35"/>
        <source>Compare — result #%1</source>
        <translation>Compare — result #%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="41"/>
        <source>Reading the shop photo…</source>
        <translation>Reading the shop photo…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="42"/>
        <source>&lt;b&gt;Query&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Query&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="44"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; — %2, similarity %3</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; — %2, similarity %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/comparedialog.cpp" line="47"/>
        <source>%1 · pair %2 · item %3</source>
        <translation>%1 · pair %2 · item %3</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationModel</name>
    <message>
        <location filename="../ui/models/evaluationmodel.cpp" line="45"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationPanel</name>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="92"/>
        <source>a DeepFashion2-layout dataset (its validation/ split is used) or a split (image/ + annos/)</source>
        <translation>a DeepFashion2-layout dataset (its validation/ split is used) or a split (image/ + annos/)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="94"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="96"/>
        <source>Run the workspace&apos;s detectors, fusion setting and catalog on the dataset, in the background</source>
        <translation>Run the workspace&apos;s detectors, fusion setting and catalog on the dataset, in the background</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="97"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="98"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="99"/>
        <source>Save the tables as CSV and the charts as PNG in a folder</source>
        <translation>Save the tables as CSV and the charts as PNG in a folder</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="113"/>
        <source>Choose a dataset and press Evaluate: the numbers are the ones lookbook-cli experiment and evaluate print.</source>
        <translation>Choose a dataset and press Evaluate: the numbers are the ones lookbook-cli experiment and evaluate print.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="130"/>
        <source>Detection AP</source>
        <translation>Detection AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="131"/>
        <source>AP per Category</source>
        <translation>AP per Category</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="132"/>
        <source>Retrieval Acc@k</source>
        <translation>Retrieval Acc@k</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="137"/>
        <source>Search detector weights and the IoU and skip thresholds for the best AP50 on this dataset (the detections are reused; the detectors do not run again)</source>
        <translation>Search detector weights and the IoU and skip thresholds for the best AP50 on this dataset (the detections are reused; the detectors do not run again)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="141"/>
        <source>&amp;Apply Tuned Fusion</source>
        <translation>&amp;Apply Tuned Fusion</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="142"/>
        <source>Set the tuned weights and thresholds on the fusion panel</source>
        <translation>Set the tuned weights and thresholds on the fusion panel</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="160"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="179"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="181"/>
        <source>%1, IoU thr %2, skip thr %3, weights %4</source>
        <translation>%1, IoU thr %2, skip thr %3, weights %4</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="188"/>
        <source>Choose a DeepFashion2-layout Dataset or Split</source>
        <translation>Choose a DeepFashion2-layout Dataset or Split</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="201"/>
        <source>Open a catalog and its models first (File ▸ Open Catalog…): the evaluation uses them.</source>
        <translation>Open a catalog and its models first (File ▸ Open Catalog…): the evaluation uses them.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="213"/>
        <source>Models: %1 · fusion: %2%3</source>
        <translation>Models: %1 · fusion: %2%3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="214"/>
        <source>no detectors</source>
        <translation>no detectors</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="216"/>
        <source> · catalog %1, embedder %2</source>
        <translation> · catalog %1, embedder %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="220"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="228"/>
        <source>Evaluate on a dataset first: tuning reuses its detections.</source>
        <translation>Evaluate on a dataset first: tuning reuses its detections.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="230"/>
        <source>The workspace&apos;s detectors changed since the evaluation: evaluate again first.</source>
        <translation>The workspace&apos;s detectors changed since the evaluation: evaluate again first.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="232"/>
        <source>Tuning the fusion needs at least two detectors.</source>
        <translation>Tuning the fusion needs at least two detectors.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="235"/>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="282"/>
        <source>Tuning…</source>
        <translation>Tuning…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="256"/>
        <source>Applied to the fusion panel.</source>
        <translation>Applied to the fusion panel.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="276"/>
        <source>%1: %L2 of %L3…</source>
        <translation>%1: %L2 of %L3…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/evaluationpanel.cpp" line="294"/>
        <source>Evaluated %1: %n photo(s).</source>
        <translation>
            <numerusform>Evaluated %1: %n photo.</numerusform>
            <numerusform>Evaluated %1: %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="90"/>
        <source>Dataset f&amp;older:</source>
        <translation>Dataset f&amp;older:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="95"/>
        <source>Eva&amp;luate</source>
        <translation>Eva&amp;luate</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="136"/>
        <source>T&amp;une Fusion</source>
        <translation>T&amp;une Fusion</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="311"/>
        <source>Fused: detectors 1–%1</source>
        <translation>Fused: detectors 1–%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="314"/>
        <source>Detector</source>
        <translation>Detector</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="314"/>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="321"/>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="356"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="314"/>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="320"/>
        <source>AP50</source>
        <translation>AP50</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="314"/>
        <source>AP75</source>
        <translation>AP75</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="317"/>
        <source>Box AP against the number of fused detectors</source>
        <translation>Box AP against the number of fused detectors</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="318"/>
        <source>detectors fused (in the workspace&apos;s order)</source>
        <translation>detectors fused (in the workspace&apos;s order)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="319"/>
        <source>box AP</source>
        <translation>box AP</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="342"/>
        <source>Fused</source>
        <translation>Fused</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="355"/>
        <source>Box AP per category</source>
        <translation>Box AP per category</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="363"/>
        <source>s/s</source>
        <translation>s/s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="364"/>
        <source>l/s</source>
        <translation>l/s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="373"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="382"/>
        <source>Acc@k (not measured: see the notes above)</source>
        <translation>Acc@k (not measured: see the notes above)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="382"/>
        <source>Acc@k of %1</source>
        <translation>Acc@k of %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="383"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="384"/>
        <source>Acc@k</source>
        <translation>Acc@k</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="386"/>
        <source>Acc@%1</source>
        <translation>Acc@%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="403"/>
        <source>Annotated boxes</source>
        <translation>Annotated boxes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="404"/>
        <source>Fused boxes</source>
        <translation>Fused boxes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="405"/>
        <source>Query boxes</source>
        <translation>Query boxes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/evaluationpanel.cpp" line="413"/>
        <source>AP50 %1 → &lt;b&gt;%2&lt;/b&gt; (%3%4) with %5; %n setting(s) tried.</source>
        <translation>
            <numerusform>AP50 %1 → &lt;b&gt;%2&lt;/b&gt; (%3%4) with %5; %n setting tried.</numerusform>
            <numerusform>AP50 %1 → &lt;b&gt;%2&lt;/b&gt; (%3%4) with %5; %n settings tried.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="416"/>
        <source>Tuned: apply it to the fusion panel to search with it.</source>
        <translation>Tuned: apply it to the fusion panel to search with it.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="416"/>
        <source>Tuned: the current setting is already the best found.</source>
        <translation>Tuned: the current setting is already the best found.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="426"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <location filename="../ui/widgets/evaluationpanel.cpp" line="458"/>
        <source>Export the Evaluation to a Folder</source>
        <translation>Export the Evaluation to a Folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/evaluationpanel.cpp" line="463"/>
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>Saved %n file to %1.</numerusform>
            <numerusform>Saved %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationRun</name>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="14"/>
        <source>Detecting on the dataset&apos;s photos</source>
        <translation>Detecting on the dataset&apos;s photos</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="15"/>
        <source>Computing box AP</source>
        <translation>Computing box AP</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="16"/>
        <source>Searching with the annotated boxes</source>
        <translation>Searching with the annotated boxes</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="17"/>
        <source>Searching with the fused boxes</source>
        <translation>Searching with the fused boxes</translation>
    </message>
    <message>
        <location filename="../ui/models/evaluationrun.cpp" line="59"/>
        <source>Tuning the fusion</source>
        <translation>Tuning the fusion</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::EvaluationWorkspace</name>
    <message>
        <location filename="../ui/workspaces/evaluationworkspace.cpp" line="20"/>
        <source>Evaluation — Lookbook</source>
        <translation>Evaluation — Lookbook</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::FusionPanel</name>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="29"/>
        <source>Weighted boxes fusion</source>
        <translation>Weighted boxes fusion</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="30"/>
        <source>Non-maximum suppression</source>
        <translation>Non-maximum suppression</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="31"/>
        <source>Soft-NMS</source>
        <translation>Soft-NMS</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="32"/>
        <source>Non-maximum weighted</source>
        <translation>Non-maximum weighted</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="33"/>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="35"/>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="36"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="37"/>
        <source>Box and model average</source>
        <translation>Box and model average</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="38"/>
        <source>Absent-model-aware average</source>
        <translation>Absent-model-aware average</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="39"/>
        <source>How weighted boxes fusion scores a cluster of boxes</source>
        <translation>How weighted boxes fusion scores a cluster of boxes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="40"/>
        <source>&amp;Confidence</source>
        <translation>&amp;Confidence</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="41"/>
        <source>IoU thr</source>
        <translation>IoU thr</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="42"/>
        <source>Boxes overlapping more than this are merged (or suppressed)</source>
        <translation>Boxes overlapping more than this are merged (or suppressed)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="43"/>
        <source>Skip thr</source>
        <translation>Skip thr</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="44"/>
        <source>Boxes scoring below this are left out of the fusion</source>
        <translation>Boxes scoring below this are left out of the fusion</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="47"/>
        <source>Detector weights</source>
        <translation>Detector weights</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="94"/>
        <source>No detectors loaded</source>
        <translation>No detectors loaded</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="101"/>
        <source>Use the boxes of %1 in the fusion</source>
        <translation>Use the boxes of %1 in the fusion</translation>
    </message>
    <message>
        <location filename="../ui/widgets/fusionpanel.cpp" line="104"/>
        <source>Fusion weight of %1</source>
        <translation>Fusion weight of %1</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="29"/>
        <source>, %1 s left</source>
        <translation>, %1 s left</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importdialog.cpp" line="30"/>
        <source>%1 of %n photo(s) · %2 items/s%3 · %4</source>
        <translation>
            <numerusform>%1 of %n photo · %2 items/s%3 · %4</numerusform>
            <numerusform>%1 of %n photos · %2 items/s%3 · %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="43"/>
        <source>Import into %1</source>
        <translation>Import into %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="49"/>
        <source>a folder of shop photos, or a DeepFashion2 split (image/ + annos/)</source>
        <translation>a folder of shop photos, or a DeepFashion2 split (image/ + annos/)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="54"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="58"/>
        <source>Shop photos</source>
        <translation>Shop photos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="59"/>
        <source>Street photos</source>
        <translation>Street photos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="60"/>
        <source>All photos</source>
        <translation>All photos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="61"/>
        <source>Which photos of a DeepFashion2 split to import; a folder is always shop photos</source>
        <translation>Which photos of a DeepFashion2 split to import; a folder is always shop photos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="62"/>
        <source>&amp;Images:</source>
        <translation>&amp;Images:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="63"/>
        <source>Boxes: the split&apos;s annotations, or for a folder the workspace&apos;s detectors (%1); vectors: %2.</source>
        <translation>Boxes: the split&apos;s annotations, or for a folder the workspace&apos;s detectors (%1); vectors: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="74"/>
        <source>Choose what to import.</source>
        <translation>Choose what to import.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="79"/>
        <source>Photos that cannot be imported are listed here.</source>
        <translation>Photos that cannot be imported are listed here.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="82"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="113"/>
        <source>Import Photos From</source>
        <translation>Import Photos From</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="123"/>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="136"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="138"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="145"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="156"/>
        <source>Photos added: %1, already there: %2, failed: %3; vectors: %4 in %5 s.</source>
        <translation>Photos added: %1, already there: %2, failed: %3; vectors: %4 in %5 s.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="163"/>
        <source>Cancelled: importing the same source again continues where this stopped.</source>
        <translation>Cancelled: importing the same source again continues where this stopped.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="165"/>
        <source>The index was rebuilt.</source>
        <translation>The index was rebuilt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="167"/>
        <source>The index was not rebuilt: %1</source>
        <translation>The index was not rebuilt: %1</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::IndexStatus</name>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="22"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="47"/>
        <source>&amp;Rebuild Index</source>
        <translation>&amp;Rebuild Index</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="48"/>
        <source>Builds the index again from the catalog&apos;s vectors (Tools ▸ Preferences ▸ Catalog chooses its type)</source>
        <translation>Builds the index again from the catalog&apos;s vectors (Tools ▸ Preferences ▸ Catalog chooses its type)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="59"/>
        <source>No catalog open</source>
        <translation>No catalog open</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="60"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="61"/>
        <source>Index up to date</source>
        <translation>Index up to date</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="62"/>
        <source>Index out of date</source>
        <translation>Index out of date</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="63"/>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="64"/>
        <source>Rebuilding the index…</source>
        <translation>Rebuilding the index…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="82"/>
        <source>Vector set &lt;b&gt;%1&lt;/b&gt; by %2 (%3 dimensions): %4 vectors.&lt;br&gt;Index: %5, %6 vectors, built %7.</source>
        <translation>Vector set &lt;b&gt;%1&lt;/b&gt; by %2 (%3 dimensions): %4 vectors.&lt;br&gt;Index: %5, %6 vectors, built %7.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/indexstatus.cpp" line="31"/>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ItemInspector</name>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="26"/>
        <source>Ground truth</source>
        <translation>Ground truth</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="28"/>
        <source>Ground truth (corrected)</source>
        <translation>Ground truth (corrected)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="30"/>
        <source>Prediction (fused)</source>
        <translation>Prediction (fused)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="32"/>
        <source>Prediction (one detector)</source>
        <translation>Prediction (one detector)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="41"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="47"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="48"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="52"/>
        <source>Pair id</source>
        <translation>Pair id</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="56"/>
        <source>Selected box</source>
        <translation>Selected box</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="61"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="65"/>
        <source>&amp;Accept as Ground Truth</source>
        <translation>&amp;Accept as Ground Truth</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="66"/>
        <source>Copy this prediction into the ground truth (A)</source>
        <translation>Copy this prediction into the ground truth (A)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="67"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="68"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="69"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="70"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="71"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="119"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 × %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 × %4</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="128"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 %3&lt;br&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 %3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="131"/>
        <source>Suspicion &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Suspicion &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="134"/>
        <source>Not checked: run the detectors (Dataset ▸ Run Detectors)</source>
        <translation>Not checked: run the detectors (Dataset ▸ Run Detectors)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="137"/>
        <source>No image</source>
        <translation>No image</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="148"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="151"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/widgets/iteminspector.cpp" line="153"/>
        <source>Nothing selected: click a box, or drag on the photo to draw one</source>
        <translation>Nothing selected: click a box, or drag on the photo to draw one</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::LayersPanel</name>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="49"/>
        <location filename="../ui/widgets/layerspanel.cpp" line="62"/>
        <source>Fused boxes</source>
        <translation>Fused boxes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="51"/>
        <source>No detectors yet: open a catalog with its models (File ▸ Open Catalog…).</source>
        <translation>No detectors yet: open a catalog with its models (File ▸ Open Catalog…).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="57"/>
        <source>Score ≥</source>
        <translation>Score ≥</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="70"/>
        <source>Show the boxes of detector %1</source>
        <translation>Show the boxes of detector %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="70"/>
        <source>Show the fused boxes</source>
        <translation>Show the fused boxes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="80"/>
        <source>Boxes of %1 scoring below this are neither shown nor fused</source>
        <translation>Boxes of %1 scoring below this are neither shown nor fused</translation>
    </message>
    <message>
        <location filename="../ui/widgets/layerspanel.cpp" line="100"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::MainWindow</name>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="29"/>
        <source>Lookbook</source>
        <translation>Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="37"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="38"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="39"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="82"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="88"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="91"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="108"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="109"/>
        <source>&amp;Evaluate on a Dataset…</source>
        <translation>&amp;Evaluate on a Dataset…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="112"/>
        <source>Detection AP and retrieval Acc@k of the workspace&apos;s models and fusion setting on a DeepFashion2-layout dataset</source>
        <translation>Detection AP and retrieval Acc@k of the workspace&apos;s models and fusion setting on a DeepFashion2-layout dataset</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="115"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="119"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="120"/>
        <source>&amp;About Lookbook</source>
        <translation>&amp;About Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="121"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="36"/>
        <source>Device: checking…</source>
        <translation>Device: checking…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="181"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/mainwindow.cpp" line="185"/>
        <source>CUDA (%n GPU(s))</source>
        <translation>
            <numerusform>CUDA (%n GPU)</numerusform>
            <numerusform>CUDA (%n GPUs)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="189"/>
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/mainwindow.cpp" line="193"/>
        <source>A backend self-check failed: see Help ▸ About Lookbook</source>
        <translation>A backend self-check failed: see Help ▸ About Lookbook</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ManifestList</name>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="22"/>
        <source>detector</source>
        <translation>detector</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="24"/>
        <source>embedder</source>
        <translation>embedder</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="26"/>
        <source>ensemble</source>
        <translation>ensemble</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="41"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="42"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="80"/>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="82"/>
        <source>unreadable — %1</source>
        <translation>unreadable — %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="111"/>
        <source>Add Model Manifests</source>
        <translation>Add Model Manifests</translation>
    </message>
    <message>
        <location filename="../ui/widgets/manifestlist.cpp" line="111"/>
        <source>Model manifests (*.json);;All files (*)</source>
        <translation>Model manifests (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::MessageBar</name>
    <message>
        <location filename="../ui/widgets/messagebar.cpp" line="30"/>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::OpenCatalogDialog</name>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="20"/>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="76"/>
        <source>Open Catalog</source>
        <translation>Open Catalog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="26"/>
        <source>a catalog made with lookbook-cli catalog create / import</source>
        <translation>a catalog made with lookbook-cli catalog create / import</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="27"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="31"/>
        <source>&amp;Catalog:</source>
        <translation>&amp;Catalog:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="36"/>
        <source>&amp;Models (detectors, and the embedder that made the catalog&apos;s vectors); untick to leave one out:</source>
        <translation>&amp;Models (detectors, and the embedder that made the catalog&apos;s vectors); untick to leave one out:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/opencatalogdialog.cpp" line="77"/>
        <source>Lookbook catalogs (*.db);;All files (*)</source>
        <translation>Lookbook catalogs (*.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::PhotoCanvas</name>
    <message>
        <location filename="../ui/widgets/photocanvas.cpp" line="229"/>
        <source>Open a street photo to find its garments in the shop

Ctrl+O to open  ·  Ctrl+V to paste  ·  or drop an image here</source>
        <translation>Open a street photo to find its garments in the shop

Ctrl+O to open  ·  Ctrl+V to paste  ·  or drop an image here</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="33"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="41"/>
        <source>Detectors, and the embedder (or ensemble) that made the catalog&apos;s vectors. Untick a model to leave it out without forgetting it.</source>
        <translation>Detectors, and the embedder (or ensemble) that made the catalog&apos;s vectors. Untick a model to leave it out without forgetting it.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="52"/>
        <source>&amp;Models</source>
        <translation>&amp;Models</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="57"/>
        <source>Automatic (CUDA when there is a GPU)</source>
        <translation>Automatic (CUDA when there is a GPU)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="58"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="59"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="61"/>
        <source>&amp;Run models on:</source>
        <translation>&amp;Run models on:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="65"/>
        <source>Automatic (one per core)</source>
        <translation>Automatic (one per core)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="67"/>
        <source>CPU threads each model uses; fewer leave room for other programs</source>
        <translation>CPU threads each model uses; fewer leave room for other programs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="68"/>
        <source>CPU &amp;threads:</source>
        <translation>CPU &amp;threads:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="69"/>
        <source>A change here reloads the catalog&apos;s models.</source>
        <translation>A change here reloads the catalog&apos;s models.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="70"/>
        <source>&amp;Performance</source>
        <translation>&amp;Performance</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="76"/>
        <source>As recorded for the catalog</source>
        <translation>As recorded for the catalog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="77"/>
        <source>Exact (flat, inner product)</source>
        <translation>Exact (flat, inner product)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="78"/>
        <source>HNSW graph (fast, approximate)</source>
        <translation>HNSW graph (fast, approximate)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="79"/>
        <source>IVF-PQ (compact, for millions of items)</source>
        <translation>IVF-PQ (compact, for millions of items)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="81"/>
        <source>&amp;Index type:</source>
        <translation>&amp;Index type:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="82"/>
        <source>Used by Tools ▸ Rebuild Index. A type other than the catalog&apos;s builds it with that type&apos;s default parameters; lookbook-cli index build sets them all.</source>
        <translation>Used by Tools ▸ Rebuild Index. A type other than the catalog&apos;s builds it with that type&apos;s default parameters; lookbook-cli index build sets them all.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="88"/>
        <source> thumbnails</source>
        <translation> thumbnails</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="90"/>
        <source>About 100 KB each; the least recently shown go first</source>
        <translation>About 100 KB each; the least recently shown go first</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="91"/>
        <source>&amp;Thumbnail cache:</source>
        <translation>&amp;Thumbnail cache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="92"/>
        <source>&amp;Catalog</source>
        <translation>&amp;Catalog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="98"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="102"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="103"/>
        <source>Applies after Lookbook is restarted.</source>
        <translation>Applies after Lookbook is restarted.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="104"/>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ResultDelegate</name>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="58"/>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="70"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="84"/>
        <source>pair %1</source>
        <translation>pair %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultdelegate.cpp" line="87"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ResultsModel</name>
    <message>
        <location filename="../ui/models/resultsmodel.cpp" line="51"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; similarity %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; similarity %2&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ResultsPanel</name>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="36"/>
        <source>E&amp;mbedder:</source>
        <translation>E&amp;mbedder:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="40"/>
        <source>The model whose vectors are searched; the catalog holds a vector set for each</source>
        <translation>The model whose vectors are searched; the catalog holds a vector set for each</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="46"/>
        <source>Post-processing:</source>
        <translation>Post-processing:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="48"/>
        <source>&amp;QE</source>
        <translation>&amp;QE</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="49"/>
        <source>α-query expansion: the query is averaged with its %1 nearest shop items</source>
        <translation>α-query expansion: the query is averaged with its %1 nearest shop items</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="50"/>
        <source>&amp;DBA</source>
        <translation>&amp;DBA</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="51"/>
        <source>Database-side augmentation: every shop item is averaged with its %1 nearest neighbours</source>
        <translation>Database-side augmentation: every shop item is averaged with its %1 nearest neighbours</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="52"/>
        <source>&amp;Re-rank</source>
        <translation>&amp;Re-rank</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="53"/>
        <source>k-reciprocal re-ranking (k1 = 20, k2 = 6, λ = 0.3)</source>
        <translation>k-reciprocal re-ranking (k1 = 20, k2 = 6, λ = 0.3)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultspanel.cpp" line="94"/>
        <source>&lt;i&gt;Click a fused box, or Shift+drag a box of your own, to find it in the shop&lt;/i&gt;</source>
        <translation>&lt;i&gt;Click a fused box, or Shift+drag a box of your own, to find it in the shop&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewCanvas</name>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="397"/>
        <source>Open a review catalog (Dataset ▸ Open Review Catalog…)
or import a dataset (Dataset ▸ Import Dataset…)</source>
        <translation>Open a review catalog (Dataset ▸ Open Review Catalog…)
or import a dataset (Dataset ▸ Import Dataset…)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="479"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="482"/>
        <source>Suspicion %1 · IoU ≥ %2 · score ≥ %3</source>
        <translation>Suspicion %1 · IoU ≥ %2 · score ≥ %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="487"/>
        <source>Ground truth (no predictions yet: Dataset ▸ Run Detectors)</source>
        <translation>Ground truth (no predictions yet: Dataset ▸ Run Detectors)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/reviewcanvas.cpp" line="490"/>
        <source>── ground truth   - - prediction</source>
        <translation>── ground truth   - - prediction</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewDocument</name>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="137"/>
        <location filename="../ui/models/reviewdocument.cpp" line="381"/>
        <source>No review catalog is open.</source>
        <translation>No review catalog is open.</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="258"/>
        <source>Add box</source>
        <translation>Add box</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="272"/>
        <source>Move box</source>
        <translation>Move box</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="294"/>
        <source>Nudge box</source>
        <translation>Nudge box</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="304"/>
        <source>Delete prediction</source>
        <translation>Delete prediction</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="304"/>
        <source>Delete box</source>
        <translation>Delete box</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="321"/>
        <source>Change category</source>
        <translation>Change category</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="336"/>
        <source>Change style</source>
        <translation>Change style</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="346"/>
        <source>Change pair id</source>
        <translation>Change pair id</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="365"/>
        <source>Accept prediction</source>
        <translation>Accept prediction</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="375"/>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="375"/>
        <source>Mark unreviewed</source>
        <translation>Mark unreviewed</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="482"/>
        <source>%1: cannot read the recovery journal: %2</source>
        <translation>%1: cannot read the recovery journal: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="486"/>
        <source>%1: the recovery journal is damaged (%2); it was left as it is</source>
        <translation>%1: the recovery journal is damaged (%2); it was left as it is</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewdocument.cpp" line="536"/>
        <location filename="../ui/models/reviewdocument.cpp" line="539"/>
        <source>Restore unsaved edits</source>
        <translation>Restore unsaved edits</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewImageModel</name>
    <message>
        <location filename="../ui/models/reviewimagemodel.cpp" line="105"/>
        <source>%1
%2 · not checked yet</source>
        <translation>%1
%2 · not checked yet</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewimagemodel.cpp" line="106"/>
        <source>%1%2 · suspicion %3
%4 TP · %5 missed · %6 spurious
%7 wrong class · %8 poor IoU</source>
        <translation>%1%2 · suspicion %3
%4 TP · %5 missed · %6 spurious
%7 wrong class · %8 poor IoU</translation>
    </message>
    <message>
        <location filename="../ui/models/reviewimagemodel.cpp" line="107"/>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::ReviewWorkspace</name>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="56"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;opened&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="67"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="68"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="69"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="124"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="126"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="128"/>
        <source>&amp;Save Review Edits</source>
        <translation>&amp;Save Review Edits</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="130"/>
        <source>Write the edits to the review catalog, with the review log</source>
        <translation>Write the edits to the review catalog, with the review log</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="132"/>
        <source>&amp;Open Review Catalog…</source>
        <translation>&amp;Open Review Catalog…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="133"/>
        <source>Open a review catalog made by Import Dataset</source>
        <translation>Open a review catalog made by Import Dataset</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="135"/>
        <source>&amp;Import Dataset…</source>
        <translation>&amp;Import Dataset…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="136"/>
        <source>Make a review catalog from a DeepFashion2 split or a COCO JSON file</source>
        <translation>Make a review catalog from a DeepFashion2 split or a COCO JSON file</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="138"/>
        <source>&amp;Run Detectors</source>
        <translation>&amp;Run Detectors</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="140"/>
        <source>Detect and fuse boxes on the images without predictions, and match them with the ground truth</source>
        <translation>Detect and fuse boxes on the images without predictions, and match them with the ground truth</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="142"/>
        <source>&amp;Cancel Dataset Job</source>
        <translation>&amp;Cancel Dataset Job</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="145"/>
        <source>&amp;Next Image</source>
        <translation>&amp;Next Image</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="148"/>
        <source>&amp;Previous Image</source>
        <translation>&amp;Previous Image</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="151"/>
        <source>&amp;Mark Reviewed</source>
        <translation>&amp;Mark Reviewed</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="153"/>
        <source>Mark the image reviewed (or not)</source>
        <translation>Mark the image reviewed (or not)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="155"/>
        <source>Export as &amp;DeepFashion2…</source>
        <translation>Export as &amp;DeepFashion2…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="156"/>
        <source>Write the saved annotations as a DeepFashion2 split (annos/ and image/)</source>
        <translation>Write the saved annotations as a DeepFashion2 split (annos/ and image/)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="158"/>
        <source>Export as &amp;COCO…</source>
        <translation>Export as &amp;COCO…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="159"/>
        <source>Write the saved annotations as one COCO JSON file</source>
        <translation>Write the saved annotations as one COCO JSON file</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="161"/>
        <source>Export Review &amp;Log…</source>
        <translation>Export Review &amp;Log…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="162"/>
        <source>Write who changed what, and when, as CSV</source>
        <translation>Write who changed what, and when, as CSV</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="164"/>
        <source>Re-&amp;index Corrected Shop Items</source>
        <translation>Re-&amp;index Corrected Shop Items</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="165"/>
        <source>Embed the shop items whose boxes changed and update the index in place</source>
        <translation>Embed the shop items whose boxes changed and update the index in place</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="167"/>
        <source>&amp;Accept Prediction as Ground Truth</source>
        <translation>&amp;Accept Prediction as Ground Truth</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="170"/>
        <source>&amp;Delete Box</source>
        <translation>&amp;Delete Box</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="173"/>
        <source>&amp;Dataset</source>
        <translation>&amp;Dataset</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="185"/>
        <source>Review[*] — Lookbook</source>
        <translation>Review[*] — Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="185"/>
        <source>%1[*] — Review — Lookbook</source>
        <translation>%1[*] — Review — Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="234"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="238"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="240"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="244"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="333"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="241"/>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="242"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="245"/>
        <source>Any error</source>
        <translation>Any error</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="246"/>
        <source>Missed ground truth</source>
        <translation>Missed ground truth</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="247"/>
        <source>Spurious prediction</source>
        <translation>Spurious prediction</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="248"/>
        <source>Wrong category</source>
        <translation>Wrong category</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="249"/>
        <source>Poor IoU</source>
        <translation>Poor IoU</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="251"/>
        <source>Most suspicious first</source>
        <translation>Most suspicious first</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="252"/>
        <source>Image id</source>
        <translation>Image id</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="253"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="254"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="255"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="256"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="257"/>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="261"/>
        <source>A prediction matches a ground-truth box at this IoU or more</source>
        <translation>A prediction matches a ground-truth box at this IoU or more</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="265"/>
        <source>Predictions below this score are too unsure to judge a label by: not matched, not drawn</source>
        <translation>Predictions below this score are too unsure to judge a label by: not matched, not drawn</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="267"/>
        <source>IoU ≥</source>
        <translation>IoU ≥</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="269"/>
        <source>score ≥</source>
        <translation>score ≥</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="271"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="328"/>
        <source>No image matches the filters</source>
        <translation>No image matches the filters</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="349"/>
        <source>Edits that were not saved when Lookbook last stopped were found in %1. Restore them (they stay unsaved until you save), or close this bar and go on without them.</source>
        <translation>Edits that were not saved when Lookbook last stopped were found in %1. Restore them (they stay unsaved until you save), or close this bar and go on without them.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="352"/>
        <source>&amp;Restore Edits</source>
        <translation>&amp;Restore Edits</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="387"/>
        <source>Matching again at IoU ≥ %1, score ≥ %2…</source>
        <translation>Matching again at IoU ≥ %1, score ≥ %2…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="388"/>
        <source>Matching again: %1 of %2 images</source>
        <translation>Matching again: %1 of %2 images</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="396"/>
        <source>QA counts are up to date</source>
        <translation>QA counts are up to date</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="407"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="429"/>
        <source>%1: not in the review catalog %2</source>
        <translation>%1: not in the review catalog %2</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="519"/>
        <source>Unsaved Review Edits</source>
        <translation>Unsaved Review Edits</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="520"/>
        <source>The review catalog %1 has edits that are not saved. Save them?</source>
        <translation>The review catalog %1 has edits that are not saved. Save them?</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="532"/>
        <source>Open Review Catalog</source>
        <translation>Open Review Catalog</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="532"/>
        <source>Catalogs (*.db);;All files (*)</source>
        <translation>Catalogs (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="539"/>
        <source>Import a DeepFashion2 Split (a folder with image/ and annos/)</source>
        <translation>Import a DeepFashion2 Split (a folder with image/ and annos/)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="541"/>
        <source>Or Import a COCO Ground-Truth File</source>
        <translation>Or Import a COCO Ground-Truth File</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="541"/>
        <source>COCO JSON (*.json)</source>
        <translation>COCO JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="545"/>
        <source>Review Catalog to Create or Extend</source>
        <translation>Review Catalog to Create or Extend</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="548"/>
        <source>Catalogs (*.db)</source>
        <translation>Catalogs (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="594"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="611"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="612"/>
        <source>Importing: %1 of %2 images</source>
        <translation>Importing: %1 of %2 images</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="617"/>
        <source>%1 images imported (%2 items), %3 already there%4, in %5 s</source>
        <translation>%1 images imported (%2 items), %3 already there%4, in %5 s</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="621"/>
        <source>; cancelled: import again to go on</source>
        <translation>; cancelled: import again to go on</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="626"/>
        <source>%n file(s) could not be imported: %1</source>
        <translation>
            <numerusform>%n file could not be imported: %1</numerusform>
            <numerusform>%n files could not be imported: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="637"/>
        <source>Detector Manifests</source>
        <translation>Detector Manifests</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="638"/>
        <source>Model manifests (*.json)</source>
        <translation>Model manifests (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="651"/>
        <source>Running %n detector(s)…</source>
        <translation>
            <numerusform>Running %n detector…</numerusform>
            <numerusform>Running %n detectors…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="654"/>
        <source>Detecting: %1 of %2 images, %3 images/s</source>
        <translation>Detecting: %1 of %2 images, %3 images/s</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="662"/>
        <source>%1 images checked, %2 boxes stored, %3 failed%4, in %5 s</source>
        <translation>%1 images checked, %2 boxes stored, %3 failed%4, in %5 s</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="666"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="779"/>
        <source>; cancelled: run again to go on</source>
        <translation>; cancelled: run again to go on</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="700"/>
        <source>Export as COCO</source>
        <translation>Export as COCO</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="701"/>
        <source>COCO annotations (*.json)</source>
        <translation>COCO annotations (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="702"/>
        <source>Export as DeepFashion2 (a new split folder)</source>
        <translation>Export as DeepFashion2 (a new split folder)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="711"/>
        <source>Export Review Log</source>
        <translation>Export Review Log</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="713"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="726"/>
        <source>Exporting annotations…</source>
        <translation>Exporting annotations…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="727"/>
        <source>Exporting: %1 of %2 images</source>
        <translation>Exporting: %1 of %2 images</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="731"/>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="750"/>
        <source>Export cancelled: nothing was written</source>
        <translation>Export cancelled: nothing was written</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="734"/>
        <source>Exported %n image(s) with %1 boxes to %2</source>
        <translation>
            <numerusform>Exported %n image with %1 boxes to %2</numerusform>
            <numerusform>Exported %n images with %1 boxes to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="746"/>
        <source>Exporting the review log…</source>
        <translation>Exporting the review log…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="747"/>
        <source>Exporting the review log: %1 of %2 rows</source>
        <translation>Exporting the review log: %1 of %2 rows</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="751"/>
        <source>Exported %n review log row(s) to %1</source>
        <translation>
            <numerusform>Exported %n review log row to %1</numerusform>
            <numerusform>Exported %n review log rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="767"/>
        <source>Re-indexing corrected shop items…</source>
        <translation>Re-indexing corrected shop items…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="768"/>
        <source>Embedding: %1 of %2 items</source>
        <translation>Embedding: %1 of %2 items</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="771"/>
        <source>the index was up to date</source>
        <translation>the index was up to date</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="772"/>
        <source>the index was updated in place</source>
        <translation>the index was updated in place</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="773"/>
        <source>the index was rebuilt (%1)</source>
        <translation>the index was rebuilt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/reviewworkspace.cpp" line="774"/>
        <source>Vector set %1: %2 item(s) embedded, %3 removed from and %4 added to the index; %5%6</source>
        <translation>Vector set %1: %2 item(s) embedded, %3 removed from and %4 added to the index; %5%6</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::SearchSession</name>
    <message>
        <location filename="../ui/models/searchsession.cpp" line="262"/>
        <source>your box</source>
        <translation>your box</translation>
    </message>
    <message>
        <location filename="../ui/models/searchsession.cpp" line="264"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>lookbook::ui::SearchWorkspace</name>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="119"/>
        <source>Preparing the demo catalog (first run only): %1, %L2 of %L3…</source>
        <translation>Preparing the demo catalog (first run only): %1, %L2 of %L3…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="143"/>
        <source>Lookbook</source>
        <translation>Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="143"/>
        <source>%1 — Lookbook</source>
        <translation>%1 — Lookbook</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="184"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="185"/>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="186"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="188"/>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="201"/>
        <source>&amp;Open Photo…</source>
        <translation>&amp;Open Photo…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="204"/>
        <source>Open a street photo</source>
        <translation>Open a street photo</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="205"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="207"/>
        <source>&amp;Paste Photo</source>
        <translation>&amp;Paste Photo</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="210"/>
        <source>Use the image on the clipboard as the street photo</source>
        <translation>Use the image on the clipboard as the street photo</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="211"/>
        <source>Open &amp;Catalog…</source>
        <translation>Open &amp;Catalog…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="214"/>
        <source>Choose the shop catalog to search and the models to use</source>
        <translation>Choose the shop catalog to search and the models to use</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="215"/>
        <source>&amp;Import into Catalog…</source>
        <translation>&amp;Import into Catalog…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="218"/>
        <source>Add a folder of shop photos or a DeepFashion2 split to the catalog</source>
        <translation>Add a folder of shop photos or a DeepFashion2 split to the catalog</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="219"/>
        <source>&amp;Export Results…</source>
        <translation>&amp;Export Results…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="222"/>
        <source>Save these results as JSON or CSV</source>
        <translation>Save these results as JSON or CSV</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="227"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="230"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="233"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="236"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="247"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="248"/>
        <source>&amp;Draw Query Box</source>
        <translation>&amp;Draw Query Box</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="251"/>
        <source>Drag on the photo to search for what is inside your own box (Shift+drag does it at any time)</source>
        <translation>Drag on the photo to search for what is inside your own box (Shift+drag does it at any time)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="253"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="257"/>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="333"/>
        <source>&amp;Rebuild Index</source>
        <translation>&amp;Rebuild Index</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="259"/>
        <source>Build the catalog&apos;s vector index again from its vectors (as lookbook-cli index build)</source>
        <translation>Build the catalog&apos;s vector index again from its vectors (as lookbook-cli index build)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="262"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="284"/>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="296"/>
        <source>No catalog</source>
        <translation>No catalog</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="307"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="327"/>
        <source>No results for &lt;b&gt;%1&lt;/b&gt;: see the message above the photo</source>
        <translation>No results for &lt;b&gt;%1&lt;/b&gt;: see the message above the photo</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="358"/>
        <source>Open Street Photo</source>
        <translation>Open Street Photo</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="366"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="387"/>
        <source>clipboard</source>
        <translation>clipboard</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="390"/>
        <source>The clipboard holds no image.</source>
        <translation>The clipboard holds no image.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="411"/>
        <source>%1 — %2 × %3 px</source>
        <translation>%1 — %2 × %3 px</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="423"/>
        <source>No catalog is open: choose one with File ▸ Open Catalog… (Ctrl+Shift+O) to find this photo&apos;s garments in the shop.</source>
        <translation>No catalog is open: choose one with File ▸ Open Catalog… (Ctrl+Shift+O) to find this photo&apos;s garments in the shop.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="462"/>
        <source>Catalog: %1 (opening…)</source>
        <translation>Catalog: %1 (opening…)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="490"/>
        <source>The demo could not be prepared: %1</source>
        <translation>The demo could not be prepared: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/searchworkspace.cpp" line="511"/>
        <source>Catalog: %1 — %Ln item(s) · %2</source>
        <translation>
            <numerusform>Catalog: %1 — %Ln item · %2</numerusform>
            <numerusform>Catalog: %1 — %Ln items · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="513"/>
        <source>%1
vector set %2, %3 dimensions, index %4</source>
        <translation>%1
vector set %2, %3 dimensions, index %4</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="516"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="550"/>
        <source>Fused</source>
        <translation>Fused</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="569"/>
        <source>Searching for &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>Searching for &lt;b&gt;%1&lt;/b&gt;…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspaces/searchworkspace.cpp" line="576"/>
        <source>Results for &lt;b&gt;%1&lt;/b&gt; — the %n nearest shop item(s), %2 ms</source>
        <translation>
            <numerusform>Results for &lt;b&gt;%1&lt;/b&gt; — the %n nearest shop item, %2 ms</numerusform>
            <numerusform>Results for &lt;b&gt;%1&lt;/b&gt; — the %n nearest shop items, %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="589"/>
        <source>Loading catalog and models…</source>
        <translation>Loading catalog and models…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="591"/>
        <source>Detecting…</source>
        <translation>Detecting…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="593"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="605"/>
        <source>detected in %1 ms</source>
        <translation>detected in %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="607"/>
        <source>fused in %1 ms (fused boxes: %2)</source>
        <translation>fused in %1 ms (fused boxes: %2)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="609"/>
        <source>searched in %1 ms</source>
        <translation>searched in %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="615"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="616"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="618"/>
        <source>Export Results</source>
        <translation>Export Results</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="625"/>
        <source>Saved the results to %1</source>
        <translation>Saved the results to %1</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="656"/>
        <source>Open a catalog first (File ▸ Open Catalog…): this uses it and its models.</source>
        <translation>Open a catalog first (File ▸ Open Catalog…): this uses it and its models.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="667"/>
        <source>Catalog: %1 (rebuilding the index…)</source>
        <translation>Catalog: %1 (rebuilding the index…)</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="680"/>
        <source>Rebuilt the index of vector set %1</source>
        <translation>Rebuilt the index of vector set %1</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="710"/>
        <source>Clear Menu</source>
        <translation>Clear Menu</translation>
    </message>
    <message>
        <location filename="../ui/workspaces/searchworkspace.cpp" line="730"/>
        <source>dropped image</source>
        <translation>dropped image</translation>
    </message>
</context>
</TS>
