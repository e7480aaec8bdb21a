<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Database</name>
    <message>
        <source>cannot open the story</source>
        <translation>ストーリーを開けません</translation>
    </message>
    <message>
        <source>the story is being changed by another program; try again</source>
        <translation>ストーリーが別のプログラムで変更中です。もう一度お試しください</translation>
    </message>
    <message>
        <source>the story file is damaged (%1)</source>
        <translation>ストーリーファイルが破損しています (%1)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクの空き容量が不足しています</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>Dot</name>
    <message>
        <source>export cancelled</source>
        <translation>エクスポートがキャンセルされました</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>エクスポートを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>GraphML</name>
    <message>
        <source>%1 &quot;%2&quot;: %3 holds %4, which XML cannot carry</source>
        <translation>%1 &quot;%2&quot;: %3 に XML で表せない %4 が含まれています</translation>
    </message>
    <message>
        <source>the id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>the type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the stored properties are not a JSON object</source>
        <translation>%1 &quot;%2&quot;: 保存されているプロパティが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the property name &quot;%1&quot;</source>
        <translation>プロパティ名 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a boolean</source>
        <translation>%1 は真偽値ではありません</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 は整数ではありません</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 は数値ではありません</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (column %2: %3)</source>
        <translation>%1 は有効な JSON ではありません (%2 列目: %3)</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;</source>
        <translation>ノード &quot;%1&quot;</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot;</source>
        <translation>エッジ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>edge #%1</source>
        <translation>エッジ #%1</translation>
    </message>
    <message>
        <source>import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>invalid XML: %1</source>
        <translation>XML が不正です: %1</translation>
    </message>
    <message>
        <source>not a GraphML file: no root element</source>
        <translation>GraphML ファイルではありません: ルート要素がありません</translation>
    </message>
    <message>
        <source>not a GraphML file: the root element is &lt;%1&gt;</source>
        <translation>GraphML ファイルではありません: ルート要素が &lt;%1&gt; です</translation>
    </message>
    <message>
        <source>a second &lt;graph&gt;: a story is imported from one graph</source>
        <translation>2 つ目の &lt;graph&gt; があります: ストーリーは 1 つのグラフからインポートされます</translation>
    </message>
    <message>
        <source>the file holds no &lt;graph&gt;</source>
        <translation>ファイルに &lt;graph&gt; がありません</translation>
    </message>
    <message>
        <source>a &lt;key&gt; has no &quot;id&quot; attribute</source>
        <translation>&lt;key&gt; に &quot;id&quot; 属性がありません</translation>
    </message>
    <message>
        <source>duplicate key id &quot;%1&quot;</source>
        <translation>キー id &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: unknown for=&quot;%2&quot;</source>
        <translation>キー &quot;%1&quot;: for=&quot;%2&quot; は不明です</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: unknown attr.type &quot;%2&quot;</source>
        <translation>キー &quot;%1&quot;: attr.type &quot;%2&quot; は不明です</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;, default: %2</source>
        <translation>キー &quot;%1&quot; の default: %2</translation>
    </message>
    <message>
        <source>graphs nest deeper than %1 levels</source>
        <translation>グラフの入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>hyperedges are not supported</source>
        <translation>ハイパーエッジには対応していません</translation>
    </message>
    <message>
        <source>a &lt;node&gt; has no &quot;id&quot; attribute</source>
        <translation>&lt;node&gt; に &quot;id&quot; 属性がありません</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; attribute</source>
        <translation>%1 に &quot;%2&quot; 属性がありません</translation>
    </message>
    <message>
        <source>a &lt;data&gt; has no &quot;key&quot; attribute</source>
        <translation>&lt;data&gt; に &quot;key&quot; 属性がありません</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>不明なキー &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is declared for=&quot;%2&quot; and cannot be used on a &lt;%3&gt;</source>
        <translation>キー &quot;%1&quot; は for=&quot;%2&quot; で宣言されているため、&lt;%3&gt; では使用できません</translation>
    </message>
    <message>
        <source>data for key &quot;%1&quot; must be text, not XML elements</source>
        <translation>キー &quot;%1&quot; のデータは XML 要素ではなくテキストでなければなりません</translation>
    </message>
    <message>
        <source>%1: two values for %2</source>
        <translation>%1: %2 の値が 2 つあります</translation>
    </message>
    <message>
        <source>%1, %2: %3 is not a number</source>
        <translation>%1 の %2: %3 は数値ではありません</translation>
    </message>
    <message>
        <source>property &quot;%1&quot;</source>
        <translation>プロパティ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1, property &quot;%2&quot;: %3</source>
        <translation>%1 のプロパティ &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; names no node</source>
        <translation>%1: %2 &quot;%3&quot; のノードが存在しません</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>インポートがキャンセルされました</translation>
    </message>
    <message>
        <source>the story title holds %1, which XML cannot carry</source>
        <translation>ストーリーのタイトルに XML で表せない %1 が含まれています</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>エクスポートがキャンセルされました</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>エクスポートを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>values nest deeper than %1 levels</source>
        <translation>値の入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>キー &quot;%1&quot; が重複しています</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation>JSON が不正です (%1 列目): %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>an integer too large for 64 bits</source>
        <translation>64 ビットに収まらない整数</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: property &quot;%3&quot; must be %4, not %5</source>
        <translation>%1 &quot;%2&quot;: プロパティ &quot;%3&quot; は %5 ではなく %4 でなければなりません</translation>
    </message>
    <message>
        <source>%1 id is empty</source>
        <translation>%1 の id が空です</translation>
    </message>
    <message>
        <source>%1 id &quot;%2…&quot; is longer than %3 bytes</source>
        <translation>%1 の id &quot;%2…&quot; が %3 バイトを超えています</translation>
    </message>
    <message>
        <source>%1 id is not valid UTF-8</source>
        <translation>%1 の id が有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has an empty type</source>
        <translation>%1 &quot;%2&quot; の種類が空です</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has an invalid type name</source>
        <translation>%1 &quot;%2&quot; の種類名が不正です</translation>
    </message>
    <message>
        <source>a string holds a lone UTF-16 surrogate escape</source>
        <translation>文字列に対になっていない UTF-16 サロゲートのエスケープが含まれています</translation>
    </message>
    <message>
        <source>properties must be a JSON object, not %1</source>
        <translation>プロパティは %1 ではなく JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>property name is empty</source>
        <translation>プロパティ名が空です</translation>
    </message>
    <message>
        <source>property name is not valid UTF-8</source>
        <translation>プロパティ名が有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>value of &quot;%1&quot; is not valid JSON at column %2: %3</source>
        <translation>&quot;%1&quot; の値が不正な JSON です (%2 列目): %3</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot migrate the story</source>
        <translation>ストーリーを移行できません</translation>
    </message>
    <message>
        <source>cannot migrate node &quot;%1&quot;: %2</source>
        <translation>ノード &quot;%1&quot; を移行できません: %2</translation>
    </message>
    <message>
        <source>cannot migrate the story: %1</source>
        <translation>ストーリーを移行できません: %1</translation>
    </message>
    <message>
        <source>cannot migrate node &quot;%1&quot;</source>
        <translation>ノード &quot;%1&quot; を移行できません</translation>
    </message>
    <message>
        <source>cannot migrate relationship &quot;%1&quot;: it names no node &quot;%2&quot;</source>
        <translation>関係 &quot;%1&quot; を移行できません: 存在しないノード &quot;%2&quot; を参照しています</translation>
    </message>
    <message>
        <source>cannot migrate relationship &quot;%1&quot;: %2</source>
        <translation>関係 &quot;%1&quot; を移行できません: %2</translation>
    </message>
    <message>
        <source>cannot migrate relationship &quot;%1&quot;</source>
        <translation>関係 &quot;%1&quot; を移行できません</translation>
    </message>
    <message>
        <source>the story file is damaged (tables are missing)</source>
        <translation>ストーリーファイルが破損しています (テーブルがありません)</translation>
    </message>
    <message>
        <source>cannot migrate the story: duplicate id &quot;%1&quot;</source>
        <translation>ストーリーを移行できません: id &quot;%1&quot; が重複しています</translation>
    </message>
</context>
<context>
    <name>StoryFlow</name>
    <message>
        <source>maxDepth must be between 1 and %1</source>
        <translation>maxDepth は 1 から %1 の範囲で指定してください</translation>
    </message>
    <message>
        <source>limit must be between 1 and %1</source>
        <translation>limit は 1 から %1 の範囲で指定してください</translation>
    </message>
    <message>
        <source>no node has id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のノードはありません</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is an %2, not a Scene</source>
        <translation>ノード &quot;%1&quot; は Scene ではなく %2 です</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is a %2, not a Scene</source>
        <translation>ノード &quot;%1&quot; は Scene ではなく %2 です</translation>
    </message>
</context>
<context>
    <name>StoryFormat</name>
    <message>
        <source>%1 files can be written, not read</source>
        <translation>%1 ファイルは書き込めますが、読み込めません</translation>
    </message>
    <message>
        <source>%1 files can be read, not written</source>
        <translation>%1 ファイルは読み込めますが、書き込めません</translation>
    </message>
    <message>
        <source>unknown file type (known: %1)</source>
        <translation>不明なファイル形式です (対応形式: %1)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>ファイルに書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>StoryGenerator</name>
    <message>
        <source>generation cancelled</source>
        <translation>生成がキャンセルされました</translation>
    </message>
    <message>
        <source>cannot write the story: %1</source>
        <translation>ストーリーを書き込めません: %1</translation>
    </message>
    <message>
        <source>--scenes must be between %1 and %2</source>
        <translation>--scenes は %1 から %2 の範囲で指定してください</translation>
    </message>
    <message>
        <source>cannot write the story: the output is not open for writing</source>
        <translation>ストーリーを書き込めません: 出力先が書き込み用に開かれていません</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>ファイルを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot save the file: %1</source>
        <translation>ファイルを保存できません: %1</translation>
    </message>
</context>
<context>
    <name>StoryGraph</name>
    <message>
        <source>relationship &quot;%1&quot; joins a node the graph does not know</source>
        <translation>関係 &quot;%1&quot; がグラフに存在しないノードを結んでいます</translation>
    </message>
</context>
<context>
    <name>StoryJson</name>
    <message>
        <source>import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>%1: properties nest deeper than %2 levels</source>
        <translation>%1: プロパティの入れ子が %2 階層を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not an object</source>
        <translation>&quot;%1&quot; はオブジェクトではなく %2 でなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not an object</source>
        <translation>%1: &quot;%2&quot; はオブジェクトではなく %3 でなければなりません</translation>
    </message>
    <message>
        <source>a story file must be one JSON object</source>
        <translation>ストーリーファイルは 1 つの JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; at the top level</source>
        <translation>最上位に不明なキー &quot;%1&quot; があります</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; at the top level</source>
        <translation>最上位でキー &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: 不明なキー &quot;%2&quot; があります</translation>
    </message>
    <message>
        <source>%1: duplicate key &quot;%2&quot;</source>
        <translation>%1: キー &quot;%2&quot; が重複しています</translation>
    </message>
    <message>
        <source>a story file must be a JSON object, not an array</source>
        <translation>ストーリーファイルは配列ではなく JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not an array</source>
        <translation>&quot;%1&quot; は配列ではなく %2 でなければなりません</translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; must be an object, not an array</source>
        <translation>&quot;%1&quot; の各要素は配列ではなくオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not an array</source>
        <translation>%1: &quot;%2&quot; は配列ではなく %3 でなければなりません</translation>
    </message>
    <message>
        <source>node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>the integer 1</source>
        <translation>整数 1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a story file must be a JSON object</source>
        <translation>ストーリーファイルは JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be the integer 1, not %1</source>
        <translation>&quot;version&quot; は %1 ではなく整数 1 でなければなりません</translation>
    </message>
    <message>
        <source>unsupported version %1 (this version of Ryuk Studio reads version %2)</source>
        <translation>バージョン %1 には対応していません (このバージョンの Ryuk Studio が読み込めるのはバージョン %2 です)</translation>
    </message>
    <message>
        <source>(not an integer)</source>
        <translation>(整数以外)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; は %3 ではなく %2 でなければなりません</translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; must be an object, not %2</source>
        <translation>&quot;%1&quot; の各要素は %2 ではなくオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number, not %3</source>
        <translation>%1: &quot;%2&quot; は %3 ではなく数値でなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not %4</source>
        <translation>%1: &quot;%2&quot; は %4 ではなく %3 でなければなりません</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>&quot;format&quot; は &quot;%2&quot; ではなく &quot;%1&quot; でなければなりません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not a string</source>
        <translation>&quot;%1&quot; は文字列ではなく %2 でなければなりません</translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; must be an object, not a string</source>
        <translation>&quot;%1&quot; の各要素は文字列ではなくオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not a string</source>
        <translation>%1: &quot;%2&quot; は文字列ではなく %3 でなければなりません</translation>
    </message>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 に &quot;id&quot; がありません</translation>
    </message>
    <message>
        <source>%1 has no &quot;type&quot;</source>
        <translation>%1 に &quot;type&quot; がありません</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1 に &quot;%2&quot; がありません</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>インポートがキャンセルされました</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON が不正です: %1</translation>
    </message>
    <message>
        <source>missing &quot;format&quot;: this is not a Ryuk story file</source>
        <translation>&quot;format&quot; がありません: Ryuk のストーリーファイルではありません</translation>
    </message>
    <message>
        <source>missing &quot;version&quot;</source>
        <translation>&quot;version&quot; がありません</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>エクスポートがキャンセルされました</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>エクスポートを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>StoryLayout</name>
    <message>
        <source>layout cancelled</source>
        <translation>レイアウトがキャンセルされました</translation>
    </message>
</context>
<context>
    <name>StoryQueries</name>
    <message>
        <source>no node has id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のノードはありません</translation>
    </message>
    <message>
        <source>relationship &quot;%1&quot; has a negative weight</source>
        <translation>関係 &quot;%1&quot; の重みが負の値です</translation>
    </message>
    <message>
        <source>no LEADS_TO path from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>&quot;%1&quot; から &quot;%2&quot; への LEADS_TO の経路はありません</translation>
    </message>
</context>
<context>
    <name>StoryStore</name>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>no node has id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のノードはありません</translation>
    </message>
    <message>
        <source>relationship &quot;%1&quot;: &quot;%2&quot; names no node: &quot;%3&quot;</source>
        <translation>関係 &quot;%1&quot;: &quot;%2&quot; のノード &quot;%3&quot; が存在しません</translation>
    </message>
    <message>
        <source>--limit must be between 1 and %1</source>
        <translation>--limit は 1 から %1 の範囲で指定してください</translation>
    </message>
    <message>
        <source>--page must be 1 or more</source>
        <translation>--page は 1 以上で指定してください</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>the file is empty, not a Ryuk story</source>
        <translation>ファイルが空です (Ryuk のストーリーではありません)</translation>
    </message>
    <message>
        <source>no relationship has id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; の関係はありません</translation>
    </message>
    <message>
        <source>no node or relationship has id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のノードまたは関係はありません</translation>
    </message>
    <message>
        <source>not a Ryuk story (not a SQLite database)</source>
        <translation>Ryuk のストーリーではありません (SQLite データベースではありません)</translation>
    </message>
    <message>
        <source>a SQLite database, but not a Ryuk story</source>
        <translation>SQLite データベースですが、Ryuk のストーリーではありません</translation>
    </message>
    <message>
        <source>written by a newer Ryuk Studio (story format %1); this version reads up to %2</source>
        <translation>新しいバージョンの Ryuk Studio で保存されています (ストーリー形式 %1)。このバージョンで読み込めるのは形式 %2 までです</translation>
    </message>
    <message>
        <source>the story file is damaged (%1)</source>
        <translation>ストーリーファイルが破損しています (%1)</translation>
    </message>
    <message>
        <source>the story file is damaged (tables are missing)</source>
        <translation>ストーリーファイルが破損しています (テーブルがありません)</translation>
    </message>
    <message>
        <source>is a folder, not a story file</source>
        <translation>ストーリーファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>no such story file</source>
        <translation>ストーリーファイルが見つかりません</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>ファイルは既に存在します</translation>
    </message>
    <message>
        <source>unknown open mode</source>
        <translation>不明なオープンモードです</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: x and y must be finite numbers</source>
        <translation>ノード &quot;%1&quot;: x と y は有限の数値でなければなりません</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is not a Character (its type is %2)</source>
        <translation>ノード &quot;%1&quot; は Character ではありません (種類は %2 です)</translation>
    </message>
    <message>
        <source>no query plan for kind &quot;%1&quot; (kinds: %2)</source>
        <translation>クエリ種別 &quot;%1&quot; のクエリプランはありません (種別: %2)</translation>
    </message>
</context>
<context>
    <name>Twine</name>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>ファイルが有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>duplicate passage name &quot;%1&quot; (first at line %2)</source>
        <translation>パッセージ名 &quot;%1&quot; が重複しています (最初は %2 行目)</translation>
    </message>
    <message>
        <source>passage header without a name</source>
        <translation>名前のないパッセージヘッダーがあります</translation>
    </message>
    <message>
        <source>unterminated tag block: no &quot;]&quot; after &quot;[&quot;</source>
        <translation>タグブロックが閉じられていません: &quot;[&quot; の後に &quot;]&quot; がありません</translation>
    </message>
    <message>
        <source>unexpected text after the passage name, tags and metadata: &quot;%1&quot;</source>
        <translation>パッセージ名、タグ、メタデータの後に予期しないテキストがあります: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid passage metadata: %1</source>
        <translation>パッセージのメタデータが不正です: %1</translation>
    </message>
    <message>
        <source>passage metadata must be a JSON object</source>
        <translation>パッセージのメタデータは JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>passage &quot;%1&quot;: &quot;position&quot; must be two numbers &quot;x,y&quot;</source>
        <translation>パッセージ &quot;%1&quot;: &quot;position&quot; は 2 つの数値 &quot;x,y&quot; でなければなりません</translation>
    </message>
    <message>
        <source>passage &quot;%1&quot;: &quot;size&quot; must be a string &quot;w,h&quot;</source>
        <translation>パッセージ &quot;%1&quot;: &quot;size&quot; は文字列 &quot;w,h&quot; でなければなりません</translation>
    </message>
    <message>
        <source>invalid StoryData: %1</source>
        <translation>StoryData が不正です: %1</translation>
    </message>
    <message>
        <source>StoryData must be a JSON object, not %1</source>
        <translation>StoryData は %1 ではなく JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>StoryData: &quot;%1&quot; must be %2, not %3</source>
        <translation>StoryData: &quot;%1&quot; は %3 ではなく %2 でなければなりません</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot;: a Twee passage name cannot hold a line break</source>
        <translation>シーン &quot;%1&quot;: Twee のパッセージ名に改行は使用できません</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot;: this name is reserved for a special Twee passage</source>
        <translation>シーン &quot;%1&quot;: この名前は Twee の特殊パッセージ用に予約されています</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot;: the tag &quot;%2&quot; holds a line break</source>
        <translation>シーン &quot;%1&quot;: タグ &quot;%2&quot; に改行が含まれています</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>エクスポートを書き込めません: %1</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot;: the link &quot;%2&quot; to &quot;%3&quot; cannot be written as a Twee link</source>
        <translation>シーン &quot;%1&quot;: &quot;%3&quot; へのリンク &quot;%2&quot; は Twee のリンクとして書き出せません</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>エクスポートがキャンセルされました</translation>
    </message>
    <message>
        <source>the start passage &quot;%1&quot; does not exist</source>
        <translation>開始パッセージ &quot;%1&quot; が存在しません</translation>
    </message>
    <message>
        <source>unterminated link: no &quot;]]&quot; after &quot;[[&quot; on this line</source>
        <translation>リンクが閉じられていません: この行の &quot;[[&quot; の後に &quot;]]&quot; がありません</translation>
    </message>
    <message>
        <source>link to a passage that does not exist: &quot;%1&quot;</source>
        <translation>存在しないパッセージへのリンクです: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>インポートがキャンセルされました</translation>
    </message>
</context>
<context>
    <name>TwineHtml</name>
    <message>
        <source>unterminated comment: no &quot;--&gt;&quot; after &quot;&lt;!--&quot;</source>
        <translation>コメントが閉じられていません: &quot;&lt;!--&quot; の後に &quot;--&gt;&quot; がありません</translation>
    </message>
    <message>
        <source>unterminated tag: no &quot;&gt;&quot; after &quot;&lt;&quot;</source>
        <translation>タグが閉じられていません: &quot;&lt;&quot; の後に &quot;&gt;&quot; がありません</translation>
    </message>
    <message>
        <source>unterminated tag &lt;%1: no &quot;&gt;&quot;</source>
        <translation>タグ &lt;%1 が閉じられていません: &quot;&gt;&quot; がありません</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; has no closing quote</source>
        <translation>属性 &quot;%1&quot; の閉じ引用符がありません</translation>
    </message>
    <message>
        <source>no &lt;tw-storydata&gt; element: this is not a published Twine 2 story</source>
        <translation>&lt;tw-storydata&gt; 要素がありません: 公開された Twine 2 のストーリーではありません</translation>
    </message>
    <message>
        <source>unterminated &lt;tw-passagedata&gt;: no &quot;&lt;/tw-passagedata&gt;&quot; before the next passage or the end of the file</source>
        <translation>&lt;tw-passagedata&gt; が閉じられていません: 次のパッセージまたはファイルの末尾までに &quot;&lt;/tw-passagedata&gt;&quot; がありません</translation>
    </message>
    <message>
        <source>&lt;tw-passagedata&gt; without a name attribute</source>
        <translation>name 属性のない &lt;tw-passagedata&gt; があります</translation>
    </message>
    <message>
        <source>unterminated &lt;%1&gt;: no &quot;&lt;/%1&gt;&quot;</source>
        <translation>&lt;%1&gt; が閉じられていません: &quot;&lt;/%1&gt;&quot; がありません</translation>
    </message>
    <message>
        <source>the start node &quot;%1&quot; is not the pid of any passage</source>
        <translation>開始ノード &quot;%1&quot; はどのパッセージの pid でもありません</translation>
    </message>
    <message>
        <source>the zoom &quot;%1&quot; is not a number</source>
        <translation>zoom の値 &quot;%1&quot; は数値ではありません</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ryuk Studio, the editor for story graphs.</source>
        <translation>Ryuk Studio — ストーリーグラフ用エディター。</translation>
    </message>
    <message>
        <source>Story file (.ryuk) to open.</source>
        <translation>開くストーリーファイル (.ryuk)。</translation>
    </message>
    <message>
        <source>ryuk-studio: expected at most one story file, got %1.</source>
        <translation>ryuk-studio: 指定できるストーリーファイルは 1 つまでです (%1 個指定されました)。</translation>
    </message>
</context>
<context>
    <name>ryuk</name>
    <message>
        <source>workers must be between 1 and %1</source>
        <translation>workers は 1 から %1 の範囲で指定してください</translation>
    </message>
    <message>
        <source>a load test runs for more than 0 seconds and at most a day</source>
        <translation>負荷テストの実行時間は 0 秒より長く 1 日以内で指定してください</translation>
    </message>
    <message>
        <source>unknown query kind &quot;%1&quot; in the mix</source>
        <translation>ミックスに不明なクエリ種別 &quot;%1&quot; があります</translation>
    </message>
    <message>
        <source>the weight of &quot;%1&quot; must not be negative</source>
        <translation>&quot;%1&quot; の重みに負の値は指定できません</translation>
    </message>
    <message>
        <source>nothing to query: the mix&apos;s kinds find nothing in this story</source>
        <translation>クエリの対象がありません: ミックスのクエリ種別ではこのストーリーから何も見つかりません</translation>
    </message>
</context>
<context>
    <name>ryuk::JobProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています...</translation>
    </message>
</context>
<context>
    <name>ryuk::MainWindow</name>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>すべて(&amp;A)</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
    <message>
        <source>&amp;Scene</source>
        <translation>シーン(&amp;S)</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>キャラクター</translation>
    </message>
    <message>
        <source>C&amp;haracter</source>
        <translation>キャラクター(&amp;H)</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>Ch&amp;oice</source>
        <translation>選択肢(&amp;O)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>イベント(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open a story file</source>
        <translation>ストーリーファイルを開きます</translation>
    </message>
    <message>
        <source>Open a story file (%1)</source>
        <translation>ストーリーファイルを開く (%1)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the story</source>
        <translation>ストーリーを閉じます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Ryuk Studio</source>
        <translation>Ryuk Studio を終了します</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>メニューをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>Show nodes of every type</source>
        <translation>すべての種類のノードを表示します</translation>
    </message>
    <message>
        <source>Show only nodes of this type</source>
        <translation>この種類のノードだけを表示します</translation>
    </message>
    <message>
        <source>&amp;About Ryuk Studio</source>
        <translation>Ryuk Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Node &amp;Type</source>
        <translation>ノードの種類(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>Show only nodes of one type</source>
        <translation>指定した種類のノードだけを表示します</translation>
    </message>
    <message>
        <source>Open a story (%1)</source>
        <translation>ストーリーを開く (%1)</translation>
    </message>
    <message>
        <source>Open Story…</source>
        <translation>ストーリーを開く...</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Open Story</source>
        <translation>ストーリーを開く</translation>
    </message>
    <message>
        <source>Ryuk Studio could not open “%1”.</source>
        <translation>Ryuk Studio で「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>Ryuk stories (*.ryuk);;All files (*)</source>
        <translation>Ryuk ストーリー (*.ryuk);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 — Ryuk Studio</source>
        <translation>%1 — Ryuk Studio</translation>
    </message>
    <message>
        <source>Ryuk Studio</source>
        <translation>Ryuk Studio</translation>
    </message>
    <message>
        <source>Nodes: %1 · Relationships: %2</source>
        <translation>ノード: %1 · 関係: %2</translation>
    </message>
    <message>
        <source>Rows loaded: %1 of %2</source>
        <translation>読み込み済みの行: %1 / %2</translation>
    </message>
    <message>
        <source>Could not load nodes: %1</source>
        <translation>ノードを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>About Ryuk Studio</source>
        <translation>Ryuk Studio について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ryuk Studio %1&lt;/h3&gt;&lt;p&gt;An editor and profiler for story graphs: scenes, characters, choices and events, and the relationships between them.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ryuk Studio %1&lt;/h3&gt;&lt;p&gt;ストーリーグラフのエディター兼プロファイラーです。シーン、キャラクター、選択肢、イベントと、それらの間の関係を扱います。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)...</translation>
    </message>
    <message>
        <source>Add the nodes and relationships of a file in another format to the open story</source>
        <translation>別の形式のファイルからノードと関係を読み込み、開いているストーリーに追加します</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>format name (extensions)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>or drop a story file (.ryuk) here</source>
        <translation>またはストーリーファイル (.ryuk) をここにドロップ</translation>
    </message>
    <message>
        <source>or a file to import into a new story: %1</source>
        <translation>または新しいストーリーにインポートするファイル: %1</translation>
    </message>
    <message>
        <source>Cancelling the import before closing…</source>
        <translation>閉じる前にインポートをキャンセルしています...</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Another import is still running; wait for it to finish or cancel it.</source>
        <translation>別のインポートを実行中です。完了するまで待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>Open a story to import “%1” into.</source>
        <translation>「%1」のインポート先のストーリーを開いてください。</translation>
    </message>
    <message>
        <source>Making a new story from “%1”…</source>
        <translation>「%1」から新しいストーリーを作成しています...</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>「%1」をインポートしています...</translation>
    </message>
    <message>
        <source>Import of “%1” cancelled; the story is unchanged.</source>
        <translation>「%1」のインポートをキャンセルしました。ストーリーは変更されていません。</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>ノード 1 個</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>ノード %1 個</translation>
    </message>
    <message>
        <source>1 relationship</source>
        <translation>関係 1 件</translation>
    </message>
    <message>
        <source>%1 relationships</source>
        <translation>関係 %1 件</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3</source>
        <translation>%3 から%1と%2をインポートしました</translation>
    </message>
    <message>
        <source>Ryuk Studio could not import “%1”.</source>
        <translation>Ryuk Studio で「%1」をインポートできませんでした。</translation>
    </message>
    <message>
        <source>All supported files (%1)</source>
        <translation>サポートされているすべてのファイル (%1)</translation>
    </message>
    <message>
        <source>Import into Story</source>
        <translation>ストーリーにインポート</translation>
    </message>
</context>
<context>
    <name>ryuk::NodeTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title / Name</source>
        <extracomment>Column header: a Scene&apos;s or Event&apos;s title, a Character&apos;s name or a Choice&apos;s text.</extracomment>
        <translation>タイトル / 名前</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>順番</translation>
    </message>
    <message>
        <source>X</source>
        <extracomment>Column header: the node&apos;s horizontal position on the canvas.</extracomment>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <extracomment>Column header: the node&apos;s vertical position on the canvas.</extracomment>
        <translation>Y</translation>
    </message>
</context>
<context>
    <name>ryuk::StoryJob</name>
    <message>
        <source>unexpected failure</source>
        <translation>予期しないエラー</translation>
    </message>
</context>
</TS>
