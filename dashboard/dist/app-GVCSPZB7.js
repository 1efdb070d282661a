var Wc=Object.defineProperty;var zc=(e,t,n)=>t in e?Wc(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n;var Rt=(e,t,n)=>zc(e,typeof t!="symbol"?t+"":t,n);var be,Za,Kc,fn,bi,fo,Xa,lo,es,vi,yi,qc,Pr=Symbol.for("pv"),mo={},go=[],Jc=/^m(i|n|o|s|text|space)$/,_i=Array.isArray,ts=go.slice,Dn=Object.assign;function Cn(e){e&&e.parentNode&&e.remove()}function uo(e,t,n,r,i){var s={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Pr,__v:i||++Za,__i:-1,__u:0};return!i&&be.vnode&&be.vnode(s),s}function ye(e){return e.children}function co(e,t){this.props=e,this.context=t,this.__g=0}function mn(e,t){if(t==null)return e.__&&mn(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!="function"||e.props.__P?null:mn(e)}function Gc(e){var t,n=e.__v,r=n.__e,i=[],s=[],u=e.__P;u&&((t=Dn({constructor:Pr},n)).__v=n.__v+1,be.vnode&&be.vnode(t),Si(u,t,n,e.__n,u.namespaceURI,32&n.__u?[r]:null,i,r||mn(n),32&n.__u,s),t.__v=n.__v,t.__.__k[t.__i]=t,ss(i,t,s),n.__=n.__e=null,t.__e!=r&&ns(t))}function ns(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),ns(e)}function Qa(e){(8&e.__g||(e.__g|=8,fn.push(e),fo++))&&bi==be.debounceRendering||((bi=be.debounceRendering)||queueMicrotask)(rs)}function rs(){try{for(var e,t=1;fn.length;)fn.length>t&&fn.sort(Xa),e=fn.shift(),t=fn.length,8&e.__g&&Gc(e)}finally{(fo=fn.length)&&(bi||queueMicrotask)(rs)}}function os(e,t,n,r,i,s,u,c,p,m,h){var b,g,y,w,C,D,A=r.__k||go,S=t.length;for(p=Hc(n,t,A,p,S),b=0;b<S;b++)(y=n.__k[b])!=null&&(g=~y.__i&&A[y.__i]||mo,y.__i=b,D=Si(e,y,g,i,s,u,c,p,m,h),w=y.__e,(g.ref!=y.ref||8&g.__u)&&(g.ref&&ki(g.ref,null,y,g),y.ref&&h.push(y.ref,y.__c||w,y)),C=C||w,4&y.__u?(p=is(y,p,e,!g.__v),g.__e&&(g.__e=null)):typeof y.type=="function"&&D!==void 0?p=D:w&&(p=w.nextSibling),y.__u&=-21);return n.__e=C,p}function Hc(e,t,n,r,i){var s,u,c,p,m,h,b,g,y,w=n.length,C=w,D=0,A=0,S=e.__k=Array(i);for(s=0;s<i;s++)(u=t[s])!=null&&typeof u!="boolean"&&typeof u!="function"?(typeof u!="object"||u.constructor===String?u=S[s]=uo(null,u):_i(u)?u=S[s]=uo(ye,{children:u}):u.constructor===Pr&&u.__b?u=S[s]=uo(u.type,u.props,u.key,u.ref,u.__v):S[s]=u,p=s+D,u.__=e,u.__b=e.__b+1,c=null,~(m=u.__i=jc(u,n,p,C))&&(C--,(c=n[m])&&(c.__u|=2)),c&&c.__v?(u.__u|=16,m==p-1?D--:m==p+1?D++:m!=p&&(m>p?D--:D++,A=1)):(~m||(i>w?D--:i<w&&D++),typeof u.type!="function"&&(u.__u|=4))):S[s]=null;if(A){for(h=[],b=[],s=0;s<i;s++)if((u=S[s])&&16&u.__u){for(D=0,g=h.length;D<g;)h[y=D+g>>1]<u.__i?D=y+1:g=y;h[D]=u.__i,b[s]=D+1}for(D=h.length;s--;)b[s]&&(b[s]==D?D--:S[s].__u|=4)}if(C)for(s=0;s<w;s++)!(c=n[s])||2&c.__u||(c.__e==r&&(r=mn(c)),wi(c,c));return r}function is(e,t,n,r){var i,s,u,c;if(typeof e.type=="function"){if(e.props.__P)return t;if(i=e.__k)for(s=0;s<i.length;s++)i[s]&&(i[s].__=e,t=is(i[s],t,n,!1));return t}for(t&&!t.parentNode&&(t=mn(e))&&!t.parentNode&&(t=null),u=e.__e,c=t;c&&c.nodeType==8;)c=c.nextSibling;for(u!=c&&(!r&&n.moveBefore&&u.parentNode?n.moveBefore(u,t):n.insertBefore(u,t||null)),t=u;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function jc(e,t,n,r){var i,s=e.key,u=e.type,c=t[n],p=c&&!(2&c.__u);if(c===null&&s==null||p&&s==c.key&&u==c.type)return n;if(r>(p?1:0)){for(i=n-1;i>=0;i--)if((c=t[i])&&!(2&c.__u)&&s==c.key&&u==c.type)return i;for(i=n+1;i<t.length;i++)if((c=t[i])&&!(2&c.__u)&&s==c.key&&u==c.type)return i}return-1}function Ya(e,t,n){n==null&&(n=""),t[0]=="-"?e.setProperty(t,n):e[t]=n}function so(e,t,n,r,i){var s,u;if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||Ya(e.style,t);if(n)for(t in n)r&&n[t]==r[t]||Ya(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")typeof n!="function"&&(n=null),typeof r!="function"&&(r=null),(e.__e||(e.__e={}))[t]=n,n&&r||(u=yi[t]||(yi[t]=Qc(t)),(e.__a||(e.__a={}))[t]=vi,s=t!=(t=t.replace(es,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),n?e.addEventListener(t,u,s):e.removeEventListener(t,u,s));else{if(i=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=n??"")}catch{}if(typeof n=="function")return;n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n)}}function Qc(e){return function(t){var n=this.__e;if(n){if(n=n[e],t[lo]==null)t[lo]=vi++;else if(t[lo]<this.__a[e])return;return n(be.event?be.event(t):t)}}}function Si(e,t,n,r,i,s,u,c,p,m){var h,b,g,y,w,C,D,A,S,N,x,H,O,Q,q,Z,J,R,j=t.type;if(t.constructor!==Pr)return null;128&n.__u&&(p=32&n.__u,h=n.__c.__z)&&(t.__u|=p,b=s=[],h.nodeType==8?c=po(h,s):s.push(h),c=s[0]||c),(h=be.__b)&&h(t);e:if(typeof j=="function"){g=u.length;try{if(A=t.props,S=(h=j.prototype)&&h.render,N=(h=j.contextType)&&r[h.__c],x=h?N?N.props.value:h.__:r,(y=n.__c)?(t.__c=y,2&y.__g&&(y.__g|=1)):(S?t.__c=y=new j(A,x):(t.__c=y=new co(A,x),y.constructor=j,y.render=Zc),N&&N.sub(y),y.state||(y.state={}),y.__n=r,y.__g|=8,y.__h=[],y.__k=[]),S&&(y.__s||(y.__s=y.state),j.getDerivedStateFromProps&&(y.__s==y.state&&(y.__s=Dn({},y.__s)),Dn(y.__s,j.getDerivedStateFromProps(A,y.__s)))),w=y.props,C=y.state,y.__v=t,n.__c){if(A!==w&&S&&!j.getDerivedStateFromProps&&y.componentWillReceiveProps&&y.componentWillReceiveProps(A,x),t.__v==n.__v&&!(8&y.__g)||!(4&y.__g)&&y.shouldComponentUpdate&&y.shouldComponentUpdate(A,y.__s,x)===!1){t.__v!=n.__v&&(y.props=A,y.state=y.__s,y.__g&=-9),t.__e=n.__e,t.__k=n.__k,t.__k.some(function($){$&&($.__=t)}),go.push.apply(y.__h,y.__k),y.__k=[],y.__h.length&&u.push(y),c=mn(n);break e}y.componentWillUpdate&&y.componentWillUpdate(A,y.__s,x),S&&y.componentDidUpdate&&y.__h.push(function(){y.componentDidUpdate(w,C,D)})}else S&&!j.getDerivedStateFromProps&&y.componentWillMount&&y.componentWillMount(),S&&y.componentDidMount&&y.__h.push(y.componentDidMount);y.context=x,y.props=A,y.__P=e,y.__g&=-5,H=be.__r,O=S?25:0;do y.__g&=-9,H&&H(t),h=y.render(y.props,y.state=y.__s,y.context);while(8&y.__g&&++O<25);S&&(go.push.apply(y.__h,y.__k),y.__k=[]),y.state=y.__s,y.getChildContext&&(r=Dn({},r,y.getChildContext())),S&&n.__c&&y.getSnapshotBeforeUpdate&&(D=y.getSnapshotBeforeUpdate(w,C)),Q=h&&h.type===ye&&h.key==null?h.props.children:h,A.__P&&(h=c,i=(e=A.__P).namespaceURI,p=s=null,n.props&&n.props.__P!=e&&(n.__k.some(function($){$&&wi($,$)}),n.__k=null),c=n.__k?mn(n,0):null),c=os(e,_i(Q)?Q:[Q],t,n,r,i,s,u,c,p,m),A.__P&&(t.__e=null,c=h),t.__u&=-161,b&&b.some(Cn),y.__h.length&&u.push(y),1&y.__g&&(y.__g&=-4)}catch($){if(u.length=g,t.__v=null,p||s)if($&&$.then){if(t.__u|=128|p,s){for(~(J=s.indexOf(c||void 0))||(J=s.length);(R=s[J-1])&&R.nodeType==8;)J--;for(;J<s.length;J++)if(R=s[J])if(s[J]=null,q){if(R==Z)break}else{if(R.nodeType!=8)break;R.data.startsWith("$s")&&(Z=po(q=R))}}if(!q){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;q=c}(h=po(q=t.__c.__z||(t.__c.__z=q)))?(t.__e=q,c=h):t.__e=c,c=c&&c.nextSibling}else s&&s.some(Cn);else t.__e=n.__e;t.__k||(t.__k=n.__k||[]),$&&$.then||as(t),be.__e($,t,n)}}else c=t.__e=Yc(n.__e,t,n,r,i,s,u,p,m,e);return(h=be.diffed)&&h(t),c}function po(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))n++;else if(e.data.startsWith("/$s")&&!--n)return e}t&&t.push(e)}}function as(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(as))}function ss(e,t,n){for(var r=0;r<n.length;)ki(n[r++],n[r++],n[r++]);be.__c&&be.__c(t,e),e.some(function(i){try{e=i.__h,i.__h=[],e.some(function(s){s.call(i)})}catch(s){be.__e(s,i.__v)}})}function Yc(e,t,n,r,i,s,u,c,p,m){var h,b,g,y,w,C,D,A,S=n.props||mo,N=t.props,x=t.type;if(x=="svg"?i="http://www.w3.org/2000/svg":x=="math"?i="http://www.w3.org/1998/Math/MathML":i||(i="http://www.w3.org/1999/xhtml"),s){for(h=0;h<s.length;h++)if((w=s[h])&&(x?w.localName==x:w.nodeType==3)){e=w,s[h]=null;break}}if(!e){if(A=m.ownerDocument||document,!x)return A.createTextNode(N);e=A.createElementNS(i,x,N.is?N:m),c&&(be.__m&&be.__m(t,s),c=!1),s=null}if(x){if(m=x=="template"&&e.content||e,s=x=="textarea"&&N.defaultValue!=null?null:s&&ts.call(m.childNodes),!c&&s)for(S={},h=0;h<e.attributes.length;h++)S[(w=e.attributes[h]).name]=w.value;for(h in S)w=S[h],h=="dangerouslySetInnerHTML"?g=w:h=="children"||h in N||h=="value"&&"defaultValue"in N||h=="checked"&&"defaultChecked"in N||so(e,h,null,w,i);for(h in N)w=N[h],h=="children"?y=w:h=="dangerouslySetInnerHTML"?b=w:h=="value"?C=w:h=="checked"?D=w:c&&typeof w!="function"||S[h]===w||so(e,h,w,S[h],i);b?(c||g&&(b.__html==g.__html||b.__html==e.innerHTML)||(e.innerHTML=b.__html),t.__k=[]):(g&&(e.textContent=""),(x=="foreignObject"||i=="http://www.w3.org/1998/Math/MathML"&&Jc.test(x))&&(i="http://www.w3.org/1999/xhtml"),os(m,_i(y)?y:[y],t,n,r,i,s,u,s?s[0]:n.__k&&mn(n,0),c,p),s&&s.some(Cn)),c&&x!="textarea"||(h="value",x=="progress"&&C==null?e.removeAttribute(h):C==null||C===e[h]&&(x!="progress"||C)||so(e,h,C,S[h],i),h="checked",D!=null&&D!=e[h]&&so(e,h,D,S[h],i))}else S===N||c&&e.data==N||(e.data=N);return e}function ki(e,t,n,r){try{typeof e=="function"?t?t.__x=e(t)||1:r&&(r=r.__c||r.__e)&&(t=r.__x)&&(r.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(i){be.__e(i,n)}}function wi(e,t,n){var r,i,s,u;if(be.unmount&&be.unmount(e),!(r=e.ref)||r.current&&r.current!=e.__e||ki(r,null,t,e),r=e.__c){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(c){be.__e(c,t)}r.__P=r.__n=null}if(r=e.__k)for(u=0;u<r.length;u++)r[u]&&wi(r[u],t,typeof e.type!="function"||n&&!e.props.__P);!n&&(r=e.__c)&&(r=r.__z)&&(i=po(r,s=[]))&&(r==e.__e&&s.some(Cn),Cn(i),Cn(r)),n||Cn(e.__e),e.__e=e.__c=e.__=null}function Zc(e,t,n){return this.constructor(e,n)}function ls(e,t){var n,r,i,s;be.__&&be.__(e,t),t.nodeType==9&&(t=t.documentElement),r=(n=e&&32&e.__u)?null:t.__k,t.__k=uo(ye,{children:[e]}),i=[],s=[],Si(t,t.__k,r||mo,mo,t.namespaceURI,r?null:t.firstChild?ts.call(t.childNodes):null,i,r?r.__e:t.firstChild,n,s),ss(i,t.__k,s),t.__k.props.children=null}be={__e:function(e,t,n,r){for(var i,s,u;t=t.__;)if((i=t.__c)&&!(1&i.__g)){i.__g|=4;try{if((u=(s=i.constructor)&&s.getDerivedStateFromError)&&i.setState(s.getDerivedStateFromError(e)),i.componentDidCatch&&(i.componentDidCatch(e,r||{}),u=1),u&&8&i.__g)return void(i.__g|=2)}catch(c){e=c}}throw fo=0,e}},Za=0,Kc=function(e){return e!=null&&e.constructor===Pr},co.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=Dn({},this.state)),typeof e=="function"&&(e=e(Dn({},n),this.props)),e&&(Dn(n,e),this.__v&&(t&&this.__k.push(t),Qa(this)))},co.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Qa(this))},co.prototype.render=ye,fn=[],fo=0,Xa=function(e,t){return e.__v.__b-t.__v.__b},lo=Symbol(),es=/(PointerCapture)$|Capture$/i,vi=0,yi={},qc=0;var Lr,Ue,xi,us,Ai=Object.is,Or=0,ys=[],Ti=[],$e=be,cs=$e.__b,ds=$e.__r,ps=$e.diffed,fs=$e.__c,ms=$e.unmount,gs=$e.__;function Ei(e,t){$e.__h&&$e.__h(Ue,e,Or||t),Or=0;var n=Ue.__H||(Ue.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function E(e){return Or=1,Xc(Ss,e)}function Xc(e,t,n){var r=Ei(Lr++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Ss(void 0,t),function(s){var u=(r.__N||r.__)[0],c=r.t(u,s);Ai(u,c)||(r.__N=[c,r.__[1]],r.__c.setState({}))}],r.__c=Ue,!Ue.__f)){Ue.__f=!0;var i=Ue.shouldComponentUpdate;Ue.shouldComponentUpdate=function(s,u,c){var p=this.__H;if(!p)return!0;var m=!1,h=this.props!=s;if(p.__.some(function(g){g.__N&&(m=!0,Ai(g.__[0],g.__N[0])||(h=!0))}),i){var b=i.call(this,s,u,c);return m?b||h:b}return!m||h}}return r.__}function lt(e,t){var n=Ei(Lr++,3);!$e.__s&&_s(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,Ue.__H.__h.push(n))}function Fr(e){return Or=5,ar(function(){return{current:e}},[])}function ar(e,t){var n=Ei(Lr++,7);return _s(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function vs(e,t){return Or=8,ar(function(){return e},t)}function ed(){var e;do{for(;e=Ti.shift();)try{Ir(e)}catch(n){$e.__e(n,{__:(e=e.__P)&&e.__v})}for(;e=ys.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Ir),t.__h.some(Ni),t.__h=[]}catch(n){t.__h=[],$e.__e(n,e.__v)}}}while(Ti.length)}$e.__b=function(e){Ue=null,cs&&cs(e)},$e.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),gs&&gs(e,t)},$e.__r=function(e){ds&&ds(e),Lr=0;var t=(Ue=e.__c).__H;t&&(xi==Ue?Ue.__h=[]:(t.__h.some(Ir),t.__h.some(Ni),Lr=0),t.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})),xi=Ue},$e.diffed=function(e){ps&&ps(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&bs(ys.push(t)),t.__H.__.some(function(n){n.u&&(n.__H=n.u)})),xi=Ue=null},$e.__c=function(e,t){t.some(function(n){try{n.__h.some(Ir),n.__h=n.__h.filter(function(r){return!r.__||Ni(r)})}catch(r){n.__h=[function(){throw r}]}}),fs&&fs(e,t)},$e.unmount=function(e){ms&&ms(e);var t,n,r=e.__c;r&&r.__H&&(r.__H.__.some(function(i){try{if(i.__P&&i.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n=n&&n.__c}i.__P=n,bs(Ti.push(i))}else Ir(i)}catch(s){t=s}}),r.__H=void 0,t&&$e.__e(t,r.__v))};var hs=typeof requestAnimationFrame=="function";function td(e){var t,n=function(){clearTimeout(r),hs&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);hs&&(t=requestAnimationFrame(n))}function bs(e){e!=1&&us==$e.requestAnimationFrame||((us=$e.requestAnimationFrame)||td)(ed)}function Ir(e){var t=Ue,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),Ue=t}function Ni(e){var t=Ue;e.__c=e.__(),Ue=t}function _s(e,t){return!e||e.length!=t.length||t.some(function(n,r){return!Ai(n,e[r])})}function Ss(e,t){return typeof t=="function"?t(e):t}function pt(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function gn(e){return pt(e)==="object"}function nd(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function Ci(e,t){return e.length<124?e:t}var ks="graphql-transport-ws";var bt=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(bt||{}),yt=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(yt||{});function ws(e){if(!gn(e))throw new Error(`Message is expected to be an object, but got ${pt(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${pt(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!gn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${pt(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!gn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${pt(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${pt(e.payload.query)}`);if(e.payload.variables!=null&&!gn(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${pt(e.payload.variables)}`);if(e.payload.operationName!=null&&pt(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${pt(e.payload.operationName)}`);if(e.payload.extensions!=null&&!gn(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${pt(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${pt(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!gn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${pt(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${pt(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!nd(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${pt(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function xs(e,t){return ws(typeof e=="string"?JSON.parse(e,t):e)}function sr(e,t){return ws(e),JSON.stringify(e,t)}function Ri(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:i=console.error,lazyCloseTimeout:s=0,keepAlive:u=0,disablePong:c,connectionAckWaitTimeout:p=0,retryAttempts:m=5,retryWait:h=async function(L){let F=Math.pow(2,L);await new Promise(P=>setTimeout(P,F*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:b=Di,on:g,webSocketImpl:y,generateID:w=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,L=>{let F=Math.random()*16|0;return(L=="x"?F:F&3|8).toString(16)})},jsonMessageReplacer:C,jsonMessageReviver:D}=e,A;if(y){if(!od(y))throw new Error("Invalid WebSocket implementation provided");A=y}else typeof WebSocket<"u"?A=WebSocket:typeof global<"u"?A=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(A=window.WebSocket||window.MozWebSocket);if(!A)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let S=A,N=(()=>{let I=(()=>{let F={};return{on(P,le){return F[P]=le,()=>{delete F[P]}},emit(P){"id"in P&&F[P.id]?.(P)}}})(),L={connecting:g?.connecting?[g.connecting]:[],opened:g?.opened?[g.opened]:[],connected:g?.connected?[g.connected]:[],ping:g?.ping?[g.ping]:[],pong:g?.pong?[g.pong]:[],message:g?.message?[I.emit,g.message]:[I.emit],closed:g?.closed?[g.closed]:[],error:g?.error?[g.error]:[]};return{onMessage:I.on,on(F,P){let le=L[F];return le.push(P),()=>{let X=le.indexOf(P);X>-1&&le.splice(X,1)}},emit(F,...P){for(let le of[...L[F]])le(...P)}}})();function x(I){let L=[N.on("error",F=>{L.forEach(P=>P()),I(F)}),N.on("closed",F=>{L.forEach(P=>P()),I(F)})];return()=>L.forEach(F=>F())}let H,O=0,Q,q=!1,Z=0,J=!1;async function R(){clearTimeout(Q);let[I,L]=await(H??(H=new Promise((le,X)=>(async()=>{if(q){if(await h(Z),!O)return H=void 0,X({code:1e3,reason:"All Subscriptions Gone"});Z++}N.emit("connecting",q);let z=new S(typeof t=="function"?await t():t,ks),ie,ee;function K(){isFinite(u)&&u>0&&(clearTimeout(ee),ee=setTimeout(()=>{z.readyState===S.OPEN&&(z.send(sr({type:yt.Ping})),N.emit("ping",!1,void 0))},u))}x(de=>{H=void 0,clearTimeout(ie),clearTimeout(ee),X(de),de instanceof $r&&(z.close(4499,"Terminated"),z.onerror=null,z.onclose=null)}),z.onerror=de=>N.emit("error",de),z.onclose=de=>N.emit("closed",de),z.onopen=async()=>{try{N.emit("opened",z);let de=typeof n=="function"?await n():n;if(z.readyState!==S.OPEN)return;z.send(sr(de?{type:yt.ConnectionInit,payload:de}:{type:yt.ConnectionInit},C)),isFinite(p)&&p>0&&(ie=setTimeout(()=>{z.close(bt.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},p)),K()}catch(de){N.emit("error",de),z.close(bt.InternalClientError,Ci(de instanceof Error?de.message:String(de),"Internal client error"))}};let we=!1;z.onmessage=({data:de})=>{try{let re=xs(de,D);if(N.emit("message",re),re.type==="ping"||re.type==="pong"){N.emit(re.type,!0,re.payload),re.type==="pong"?K():c||(z.send(sr(re.payload?{type:yt.Pong,payload:re.payload}:{type:yt.Pong},C)),N.emit("pong",!1,re.payload));return}if(we)return;if(re.type!==yt.ConnectionAck)throw new Error(`First message cannot be of type ${re.type}`);clearTimeout(ie),we=!0,N.emit("connected",z,re.payload,q),q=!1,Z=0;let ce=new Promise((xt,rt)=>x(rt));ce.catch(()=>{}),le([z,ce])}catch(re){z.onmessage=null,N.emit("error",re),z.close(bt.BadResponse,Ci(re instanceof Error?re.message:String(re),"Bad response"))}}})())));I.readyState===S.CLOSING&&await L;let F=()=>{},P=new Promise(le=>F=le);return[I,F,new Promise((le,X)=>{let z=x(X);I.readyState!==S.OPEN&&L.catch(X),P.then(()=>{if(z(),!O){let ie=()=>I.close(1e3,"Normal Closure");isFinite(s)&&s>0?(clearTimeout(Q),Q=setTimeout(()=>{!O&&I.readyState===S.OPEN&&ie()},s)):ie()}le()})})]}function j(I){if(Di(I)&&(rd(I.code)||[bt.InternalServerError,bt.InternalClientError,bt.BadRequest,bt.BadResponse,bt.Unauthorized,bt.SubprotocolNotAcceptable,bt.SubscriberAlreadyExists,bt.TooManyInitialisationRequests].includes(I.code)))throw I;if(J)return!1;if(Di(I)&&I.code===1e3)return O>0;if(!m||Z>=m||!b(I))throw I;return q=!0}r||(async()=>{for(O++;;)try{let[,,I]=await R();await I}catch(I){try{if(!j(I))return}catch(L){return i?.(L)}}})();function $(I,L){let F=w(I),P=!1,le=!1,X=()=>{O--,P=!0};return(async()=>{for(O++;;)try{let[z,ie,ee]=await R();if(P)return ee.catch(()=>{}),ie();let K=N.onMessage(F,we=>{switch(we.type){case yt.Next:{L.next(we.payload);return}case yt.Error:{le=!0,P=!0,L.error(we.payload),X();return}case yt.Complete:{P=!0,X();return}}});z.send(sr({id:F,type:yt.Subscribe,payload:I},C)),X=()=>{!P&&z.readyState===S.OPEN&&z.send(sr({id:F,type:yt.Complete},C)),O--,P=!0,ie()},await ee.finally(K);return}catch(z){if(!j(z))return}})().then(()=>{le||L.complete()}).catch(z=>{L.error(z)}),()=>{P||X()}}return{on:N.on,subscribe:$,iterate(I){let L=[],F={done:!1,error:null,resolve:()=>{}},P=$(I,{next(X){L.push(X),F.resolve()},error(X){F.done=!0,F.error=X,F.resolve()},complete(){F.done=!0,F.resolve()}}),le=(async function*(){for(;;){for(L.length||await new Promise(z=>F.resolve=z);L.length;)yield L.shift();if(F.error)throw F.error;if(F.done)return}})();return le.throw=async X=>(F.done||(F.done=!0,F.error=X,F.resolve()),{done:!0,value:void 0}),le.return=async()=>(P(),{done:!0,value:void 0}),le},async dispose(){if(J=!0,H){let[I]=await H;I.close(1e3,"Normal Closure")}},terminate(){H&&N.emit("closed",new $r)}}}var $r=class extends Error{constructor(){super(...arguments);Rt(this,"name","TerminatedCloseEvent");Rt(this,"message","4499: Terminated");Rt(this,"code",4499);Rt(this,"reason","Terminated");Rt(this,"wasClean",!1)}};function Di(e){return gn(e)&&"code"in e&&"reason"in e}function rd(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function od(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var ne=class extends String{constructor(n,r){super(n);Rt(this,"__apiType");Rt(this,"value");Rt(this,"__meta__");this.value=n,this.__meta__=r}toString(){return this.value}},om=new ne(`
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}
    `,{fragmentName:"NotificationSettingsView"}),im=new ne(`
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}
    `,{fragmentName:"DeliveryRow"}),am=new ne(`
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}
    `,{fragmentName:"JobTile"}),sm=new ne(`
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`,{fragmentName:"ServerTile"}),lm=new ne(`
    fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
    `,{fragmentName:"HistoryPoints"}),um=new ne(`
    fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}
    `,{fragmentName:"AlertRow"}),cm=new ne(`
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}
    `,{fragmentName:"RunRow"}),dm=new ne(`
    fragment RunPage on BackupJobBackupsConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  nodes {
    ...RunRow
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}`,{fragmentName:"RunPage"}),As=new ne(`
    query AdminPage {
  monitoringSettings {
    id
    defaultToleranceMilliseconds
    reminderFrequency
  }
  duplicateServers {
    name
    servers {
      id
      name
      alias
      serverId
      createdAt
    }
  }
  deprecatedFieldUsage {
    client
    clientVersion
    coordinate
    count
    firstSeenAt
    lastSeenAt
  }
  servers(first: 100) {
    nodes {
      id
      name
      alias
      note
      url
      serverId
      backupJobs {
        id
        backupName
        schedule {
          expectedInterval
          allowedWeekdays
          toleranceOverrideMilliseconds
          overdueCheckEnabled
          notificationLevel
        }
        notificationChoices {
          ntfyEnabled
          emailEnabled
          gotifyEnabled
          appriseEnabled
          notifyRecovered
          additionalNtfyTopic
          additionalEmails
          additionalNotificationLevel
        }
      }
    }
  }
}
    `),Ts=new ne(`
    mutation AcknowledgeAlert($id: ID!) {
  acknowledgeAlert(input: {id: $id}) {
    __typename
    ... on AcknowledgeAlertPayload {
      alert {
        id
        acknowledgedAt
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Ns=new ne(`
    mutation UpdateServer($input: UpdateServerInput!) {
  updateServer(input: $input) {
    __typename
    ... on UpdateServerPayload {
      changed
      server {
        id
        alias
        note
        url
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Es=new ne(`
    mutation ConfigureJob($input: ConfigureBackupJobInput!) {
  configureBackupJob(input: $input) {
    __typename
    ... on ConfigureBackupJobPayload {
      job {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Cs=new ne(`
    mutation MergeServers($input: MergeServersInput!) {
  mergeServers(input: $input) {
    __typename
    ... on MergeServersPayload {
      counts {
        jobsMoved
        jobsCombined
        runsMoved
        servers
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Ds=new ne(`
    mutation DeleteServer($id: ID!) {
  deleteServer(input: {id: $id}) {
    __typename
    ... on DeleteServerPayload {
      name
      deleted {
        jobs
        runs
        alerts
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Rs=new ne(`
    mutation DeleteJob($input: DeleteBackupJobInput!) {
  deleteBackupJob(input: $input) {
    __typename
    ... on DeleteBackupJobPayload {
      backupName
      deleted {
        runs
        alerts
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Ms=new ne(`
    mutation PruneRuns($olderThan: DateTime!) {
  pruneBackups(input: {olderThan: $olderThan}) {
    __typename
    ... on PruneBackupsPayload {
      deleted {
        runs
        jobsAffected
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Ps=new ne(`
    mutation SetMonitoring($input: UpdateMonitoringSettingsInput!) {
  setMonitoringSettings(input: $input) {
    __typename
    ... on SetMonitoringSettingsPayload {
      monitoringSettings {
        id
        defaultToleranceMilliseconds
        reminderFrequency
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Is=new ne(`
    mutation RunOverdueCheck {
  runOverdueCheck {
    __typename
    ... on RunOverdueCheckPayload {
      check {
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Ls=new ne(`
    subscription BackupReceived {
  backupReceived {
    backupId
    status
    startedAt
    serverGlobalId
    job {
      id
      backupName
    }
    server {
      id
      name
      alias
    }
  }
}
    `),Os=new ne(`
    subscription AlertChanged {
  alertChanged {
    alertId
    alertKind
    change
    changedAt
    backupName
    serverGlobalId
  }
}
    `),Fs=new ne(`
    subscription ServerChanged {
  serverChanged {
    change
    serverGlobalId
    name
  }
}
    `),$s=new ne(`
    query NotificationSettingsPage {
  notificationSettings {
    ...NotificationSettingsView
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Bs=new ne(`
    mutation SetNtfy($input: SetNtfySettingsInput!) {
  setNtfySettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Vs=new ne(`
    mutation SetEmail($input: SetEmailSettingsInput!) {
  setEmailSettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Us=new ne(`
    mutation SetGotify($input: SetGotifySettingsInput!) {
  setGotifySettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Ws=new ne(`
    mutation SetApprise($input: SetAppriseSettingsInput!) {
  setAppriseSettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),zs=new ne(`
    mutation SetNotificationOptions($input: SetNotificationOptionsInput!) {
  setNotificationOptions(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Ks=new ne(`
    mutation SetNotificationTemplate($input: SetNotificationTemplateInput!) {
  setNotificationTemplate(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),qs=new ne(`
    mutation AddWebhook($input: AddNotificationWebhookInput!) {
  addNotificationWebhook(input: $input) {
    __typename
    ... on NotificationWebhook {
      id
    }
    ... on Error {
      message
    }
  }
}
    `),Js=new ne(`
    mutation RemoveWebhook($id: ID!) {
  removeNotificationWebhook(id: $id) {
    __typename
    ... on RemoveNotificationWebhookPayload {
      removedWebhookId
    }
    ... on Error {
      message
    }
  }
}
    `),Gs=new ne(`
    mutation SendTestNotification($channels: [NotificationChannel!], $toEmail: String) {
  sendTestNotification(channels: $channels, toEmail: $toEmail) {
    __typename
    ... on SendTestNotificationPayload {
      outcomes {
        channel
        destination
        delivered
        responseCode
        error
        messageId
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Hs=new ne(`
    query NotificationDeliveries($first: Int, $after: String, $last: Int, $before: String, $status: NotificationDeliveryStatus, $channel: NotificationChannel, $event: NotificationEventKind) {
  notificationDeliveries(
    first: $first
    after: $after
    last: $last
    before: $before
    status: $status
    channel: $channel
    event: $event
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...DeliveryRow
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`),js=new ne(`
    mutation ResendNotification($id: ID!) {
  resendNotification(id: $id) {
    __typename
    ... on NotificationDelivery {
      ...DeliveryRow
    }
    ... on Error {
      message
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`),Qs=new ne(`
    subscription NotificationDeliveryChanged {
  notificationDeliveryChanged {
    deliveryId
    status
    changedAt
    delivery {
      ...DeliveryRow
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`),Ys=new ne(`
    query Overview($after: String) {
  summary {
    totalServers
    totalBackupJobs
    totalBackupRuns
    totalStorageUsed
    totalUploadedSize
    overdueBackupJobCount
    lastBackupAt
  }
  activeAlerts: alerts(filter: {active: true}, first: 1) {
    totalCount
  }
  servers(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServerTile
    }
  }
}
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`),Zs=new ne(`
    query OverviewServers($after: String) {
  servers(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServerTile
    }
  }
}
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`),Xs=new ne(`
    query JobPage($id: ID!) {
  node(id: $id) {
    ... on BackupJob {
      id
      backupName
      runCount
      lastBackupAt
      server {
        id
        name
        alias
      }
      schedule {
        expectedInterval
        allowedWeekdays
        toleranceOverrideMilliseconds
        effectiveToleranceMilliseconds
        overdueCheckEnabled
        notificationLevel
      }
      overdue {
        isOverdue
        nextExpectedAt
        deadlineAt
        becameOverdueAt
        lastRemindedAt
        effectiveToleranceMilliseconds
      }
      history(bucket: RUN, last: 200) {
        ...HistoryPoints
      }
      alerts(first: 20) {
        totalCount
        nodes {
          ...AlertRow
        }
      }
    }
  }
}
    fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}`),el=new ne(`
    query ServerPage($id: ID!) {
  node(id: $id) {
    ... on Server {
      id
      name
      alias
      note
      url
      serverId
      createdAt
      backupJobs {
        ...JobTile
      }
      history(bucket: DAY, last: 180) {
        ...HistoryPoints
      }
    }
  }
  alerts(filter: {serverId: $id, active: true}, first: 50) {
    nodes {
      ...AlertRow
      job {
        id
        backupName
      }
    }
  }
}
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}
fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}`),tl=new ne(`
    query JobRuns($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    ... on BackupJob {
      id
      backups(first: $first, after: $after, last: $last, before: $before) {
        ...RunPage
      }
    }
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}
fragment RunPage on BackupJobBackupsConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  nodes {
    ...RunRow
  }
}`),nl=new ne(`
    query ServerRuns($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    ... on Server {
      id
      backups(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        nodes {
          ...RunRow
        }
      }
    }
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}`),rl=new ne(`
    query RunLog($id: ID!) {
  node(id: $id) {
    ... on Backup {
      id
      logLines
    }
  }
}
    `);function Mt(e){let t=e,n=new Set;return{get:()=>t,set(r){if(!Object.is(r,t)){t=r;for(let i of[...n])i(t)}},subscribe(r){return n.add(r),()=>n.delete(r)}}}function Qe(e){let[t,n]=E(e.get);return lt(()=>(n(()=>e.get()),e.subscribe(r=>n(()=>r))),[e]),t}var ho={read:"dupligraph.readToken",admin:"dupligraph.adminToken"},Mi={},Rn=Mt(null),jt=Mt(0);function ol(e){try{return localStorage.getItem(ho[e])}catch{return null}}function lr(e){return Mi[e]??ol(e)}function il(e){return ol(e)!==null}function al(e,t,n){Mi[e]=t;try{n?localStorage.setItem(ho[e],t):localStorage.removeItem(ho[e])}catch{}Rn.get()===e&&Rn.set(null),jt.set(jt.get()+1)}function sl(e){delete Mi[e];try{localStorage.removeItem(ho[e])}catch{}jt.set(jt.get()+1)}function bo(){return lr("read")??lr("admin")}var Pi="dupligraph-dashboard",Ii="/graphql",ur=class extends Error{constructor(n,r){super(r);Rt(this,"kind",n)}};async function ue(e,t,n={}){let r=n.admin?lr("admin"):bo(),i={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json","graphql-client-name":Pi};r&&(i.Authorization=`Bearer ${r}`);let s=await fetch(Ii,{method:"POST",headers:i,body:JSON.stringify({query:e.toString(),variables:t})}),u=await s.json().catch(()=>({})),c=u.errors?.[0];if(s.status===401)throw Rn.set("read"),new ur("read",c?.message??"This server needs a read token");if(c?.extensions?.code==="FORBIDDEN")throw Rn.set("admin"),new ur("admin",c.message);if(c||!u.data)throw new Error(c?.message??`The server answered ${s.status}`);return u.data}function _e(e,t){if(e.__typename===t)return e;let n=e.message??e.__typename;throw new Error(n)}var yo=Mt("connecting"),vo=Mt(0),cr=Mt(new Set),nn=Mt(new Map),dr=Mt([]),id=2500,ad=200,sd=1e4,ld=1;function ul(e){let t=ld++;dr.set([...dr.get(),{...e,id:t}].slice(-5)),setTimeout(()=>Oi(t),sd)}function Oi(e){dr.set(dr.get().filter(t=>t.id!==e))}function ud(e){cr.set(new Set([...cr.get(),...e])),setTimeout(()=>{let t=new Set(cr.get());for(let n of e)t.delete(n);cr.set(t)},id)}var ll;function So(){clearTimeout(ll),ll=setTimeout(()=>vo.set(vo.get()+1),100)}function cd({backupReceived:e}){if(ud([e.job.id,e.serverGlobalId]),e.status==="ERROR"||e.status==="FATAL"){let t=e.server.alias||e.server.name;ul({level:"error",text:`${t} · ${e.job.backupName}: backup ended in ${e.status.toLowerCase()}`,href:`#/job/${encodeURIComponent(e.job.id)}`})}So()}function dd({alertChanged:e}){e.change==="RAISED"&&e.alertKind==="OVERDUE"&&ul({level:"warning",text:`${e.backupName} is overdue`}),So()}function pd({notificationDeliveryChanged:e}){if(!e.delivery)return;let t=new Map(nn.get());t.delete(e.deliveryId),t.set(e.deliveryId,e.delivery),t.size>ad&&t.delete(t.keys().next().value),nn.set(t)}function fd(e){So()}var _o,Li=[];function cl(){md();let e=!1,t=`${location.protocol==="https:"?"wss":"ws"}://${location.host}${Ii}`;_o=Ri({url:t,lazy:!1,keepAlive:1e4,retryAttempts:Number.POSITIVE_INFINITY,shouldRetry:()=>!0,retryWait:r=>new Promise(i=>setTimeout(i,Math.min(1e3*2**r,1e4))),connectionParams:()=>{let r=bo();return{"graphql-client-name":Pi,...r?{token:r}:{}}},on:{connected:()=>{yo.set("connected"),e&&(nn.set(new Map),So()),e=!0},closed:()=>yo.set(e?"reconnecting":"connecting")}});let n=(r,i)=>_o.subscribe({query:r.toString()},{next:s=>s.data&&i(s.data),error:()=>{},complete:()=>{}});Li=[n(Ls,cd),n(Os,dd),n(Fs,fd),n(Qs,pd)]}function md(){for(let e of Li)e();Li=[],_o?.dispose(),_o=void 0}var gd=Symbol.for("pv"),hd=0;function o(e,t,n,r,i,s){t||(t={});var u,c,p=t;if("ref"in p&&typeof e!="function")for(c in p={},t)c=="ref"?u=t[c]:p[c]=t[c];var m={type:e,props:p,key:n,ref:u,__k:null,__:null,__b:0,__e:null,__c:null,constructor:gd,__v:--hd,__i:-1,__u:0};return(i||s)&&(m.__source=i,m.__self=s),be.vnode&&be.vnode(m),m}function dl(){return Qe(yo)!=="reconnecting"?null:o("div",{class:"banner",role:"alert",children:"Disconnected — reconnecting… Live updates resume by themselves; the page shows what it last read."})}function pl(){let e=Qe(dr);return o("div",{class:"toasts",role:"status","aria-live":"polite",children:e.map(t=>o("div",{class:`toast toast-${t.level}`,children:[t.href?o("a",{href:t.href,children:t.text}):o("span",{children:t.text}),o("button",{type:"button",class:"link","aria-label":"Dismiss notification",onClick:()=>Oi(t.id),children:"×"})]},t.id))})}var bd={read:{title:"This server needs its read token",why:"Reads on this server are protected. Enter the READ_TOKEN (or the admin token) to see the backups.",label:"Read token"},admin:{title:"Admin token needed",why:"Changes need the ADMIN_TOKEN of this server.",label:"Admin token"}};function Mn({kind:e,onCancel:t,onSaved:n}){let[r,i]=E(""),[s,u]=E(il(e)),c=bd[e],p=`token-${e}`;return o("form",{class:"card token-prompt","aria-labelledby":`${p}-title`,onSubmit:m=>{m.preventDefault(),r.trim()&&(al(e,r.trim(),s),n?.())},children:[o("h2",{id:`${p}-title`,children:c.title}),o("p",{children:c.why}),o("label",{for:p,children:c.label}),o("input",{id:p,name:p,type:"password",autocomplete:"off",required:!0,value:r,onInput:m=>i(m.currentTarget.value)}),o("label",{class:"check",children:[o("input",{type:"checkbox",checked:s,onChange:m=>u(m.currentTarget.checked)}),"Remember on this device"]}),o("div",{class:"actions",children:[o("button",{type:"submit",class:"primary",children:"Use token"}),t&&o("button",{type:"button",onClick:t,children:"Cancel"})]})]})}function Fi(e,t,n={}){let r=Qe(vo),i=Qe(jt),[s,u]=E(0),[c,p]=E({loading:!0}),m=Fr(0),h=Fr(e);h.current=e,lt(()=>{if(n.skip)return;let g=++m.current;p(y=>({...y,loading:!0})),h.current().then(y=>g===m.current&&p({data:y,loading:!1}),y=>g===m.current&&p(w=>({data:w.data,error:y,loading:!1})))},[t,r,i,s,n.skip]);let b=vs(()=>u(g=>g+1),[]);return{...c,refetch:b}}function vt(e,t,n={}){return Fi(()=>ue(e,t,{admin:n.admin}),`${JSON.stringify(t)}|${n.admin}`,n)}function Le(e){let[t,n]=E(!1),[r,i]=E(null);return{busy:t,outcome:r,async run(s,u){n(!0),i(null);try{i({ok:!0,text:u(await s())}),e?.()}catch(c){i({ok:!1,text:c.message})}finally{n(!1)}}}}function Oe({state:e}){return o("p",{class:e.outcome?.ok===!1?"error":"ok",role:"status",children:e.outcome?.text??""})}var fl=["B","KiB","MiB","GiB","TiB","PiB"];function Qt(e){let t=e,n=0;for(;Math.abs(t)>=1024&&n<fl.length-1;)t/=1024,n++;return`${n===0?t:t.toFixed(t<10?1:0)} ${fl[n]}`}function ko(e){let t=Math.round(e),n=Math.floor(t/3600),r=Math.floor(t%3600/60),i=t%60;return n?`${n} h ${r} min`:r?`${r} min ${i} s`:`${i} s`}function ml(e){return e<60?`${Math.round(e)} s`:e<3600?`${(e/60).toFixed(1)} min`:`${(e/3600).toFixed(1)} h`}function _t(e){return e.toLocaleString("en")}function Ee(e){return e?new Date(e).toLocaleString(void 0,{dateStyle:"medium",timeStyle:"short"}):"—"}function Pn(e,t=Date.now()){if(!e)return"never";let n=Math.round((new Date(e).getTime()-t)/1e3),r=Math.abs(n),i;return r<45?"just now":(r<3600?i=`${Math.round(r/60)} min`:r<86400*2?i=`${Math.round(r/3600)} h`:i=`${Math.round(r/86400)} days`,n<0?`${i} ago`:`in ${i}`)}var Br={SUCCESS:"Success",WARNING:"Warning",ERROR:"Error",FATAL:"Fatal",UNKNOWN:"Unknown",NONE:"No runs"},wo=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"];function gl(e){let t=e.replace(/^#/,"")||"/",[,n,r]=t.split("/");return t==="/"||n===""?{page:"overview"}:n==="server"&&r?{page:"server",id:decodeURIComponent(r)}:n==="job"&&r?{page:"job",id:decodeURIComponent(r)}:n==="admin"?{page:"admin",section:r==="notifications"?"notifications":"general"}:{page:"not-found",path:t}}var Ye={overview:()=>"#/",server:e=>`#/server/${encodeURIComponent(e)}`,job:e=>`#/job/${encodeURIComponent(e)}`,admin:(e="general")=>e==="general"?"#/admin":`#/admin/${e}`};function hl(){let[e,t]=E(()=>gl(location.hash));return lt(()=>{let n=()=>t(gl(location.hash));return addEventListener("hashchange",n),()=>removeEventListener("hashchange",n)},[]),e}function Ce(e){let t=e.hint?`${e.id}-hint`:void 0;return o("div",{class:"field",children:[o("label",{for:e.id,children:e.label}),o("input",{id:e.id,type:e.type??"text",value:e.value,required:e.required,placeholder:e.placeholder,autoComplete:e.autoComplete??"off","aria-describedby":t,onInput:n=>e.onInput(n.currentTarget.value)}),e.hint&&o("span",{id:t,class:"muted hint",children:e.hint})]})}function Ze({label:e,checked:t,onChange:n}){return o("label",{class:"check",children:[o("input",{type:"checkbox",checked:t,onChange:r=>n(r.currentTarget.checked)}),e]})}function Yt(e){return o("div",{class:"field",children:[o("label",{for:e.id,children:e.label}),o("select",{id:e.id,value:e.value,onChange:t=>e.onChange(t.currentTarget.value),children:e.options.map(t=>o("option",{value:t.value,children:t.label},t.value))})]})}function Vr(e){return o("div",{class:"field",children:[o("label",{for:e.id,children:e.label}),o("input",{id:e.id,type:"password",value:e.value,autoComplete:"new-password",placeholder:e.isSet?"Stored; leave empty to keep it":"Not set","aria-describedby":`${e.id}-state`,disabled:e.remove?.checked,onInput:t=>e.onInput(t.currentTarget.value)}),o("span",{id:`${e.id}-state`,class:"muted hint","data-secret-state":e.isSet?"set":"unset",children:e.isSet?"Set (never shown)":"Not set"}),e.isSet&&e.remove&&o(Ze,{label:"Remove it",checked:e.remove.checked,onChange:e.remove.onChange})]})}var Ur={admin:!0};function bl({server:e,onChange:t}){let[n,r]=E(e.alias),[i,s]=E(e.note),[u,c]=E(e.url),p=Le(t),m=Le(t),h=`server-${e.id}`;return o("details",{class:"card admin-server",children:[o("summary",{children:[o("strong",{children:e.alias||e.name})," ",o("span",{class:"muted",children:e.serverId})]}),o("form",{onSubmit:b=>{b.preventDefault(),p.run(async()=>_e((await ue(Ns,{input:yd(e.id,{alias:n,note:i,url:u})},Ur)).updateServer,"UpdateServerPayload"),g=>g.changed?"Saved.":"Nothing to change.")},children:[o("div",{class:"field",children:[o("label",{for:`${h}-alias`,children:"Alias"}),o("input",{id:`${h}-alias`,value:n,onInput:b=>r(b.currentTarget.value)})]}),o("div",{class:"field",children:[o("label",{for:`${h}-note`,children:"Note"}),o("textarea",{id:`${h}-note`,value:i,onInput:b=>s(b.currentTarget.value)})]}),o("div",{class:"field",children:[o("label",{for:`${h}-url`,children:"Duplicati web UI URL"}),o("input",{id:`${h}-url`,type:"url",value:u,onInput:b=>c(b.currentTarget.value)})]}),o("div",{class:"actions",children:[o("button",{type:"submit",class:"primary",disabled:p.busy,children:"Save server"}),o("button",{type:"button",class:"danger",disabled:m.busy,onClick:()=>{confirm(`Delete ${e.name} with all its jobs, runs and alerts?`)&&m.run(async()=>_e((await ue(Ds,{id:e.id},Ur)).deleteServer,"DeleteServerPayload"),b=>`Deleted ${b.name}: ${b.deleted.jobs} jobs, ${b.deleted.runs} runs.`)},children:"Delete server"})]}),o(Oe,{state:p}),o(Oe,{state:m})]}),e.backupJobs.map(b=>o(vd,{job:b,onChange:t},b.id))]})}function yd(e,t){let n={alias:t.alias.trim(),note:t.note,url:t.url.trim()};return{id:e,set:{alias:n.alias||null,note:n.note||null,url:n.url||null},clearAlias:n.alias==="",clearNote:n.note==="",clearUrl:n.url===""}}var yl=["ALL","WARNINGS","ERRORS","OFF"];function vd({job:e,onChange:t}){let{schedule:n}=e,[r,i]=E(n.expectedInterval),[s,u]=E(n.allowedWeekdays),[c,p]=E(n.toleranceOverrideMilliseconds===null?"":String(n.toleranceOverrideMilliseconds/6e4)),[m,h]=E(n.overdueCheckEnabled),[b,g]=E(n.notificationLevel),[y,w]=E(e.notificationChoices),C=Le(t),D=Le(t),A=`job-${e.id}`;return o("form",{class:"job-settings","aria-label":`Settings of ${e.backupName}`,onSubmit:S=>{S.preventDefault(),C.run(async()=>_e((await ue(Es,{input:{job:{id:e.id},expectedInterval:r,allowedWeekdays:s,...c===""?{clearToleranceOverride:!0}:{toleranceOverrideMilliseconds:Math.round(Number(c)*6e4)},overdueCheckEnabled:m,notificationLevel:b,ntfyEnabled:y.ntfyEnabled,emailEnabled:y.emailEnabled,gotifyEnabled:y.gotifyEnabled,appriseEnabled:y.appriseEnabled,notifyRecovered:y.notifyRecovered,additionalNtfyTopic:y.additionalNtfyTopic,additionalEmails:y.additionalEmails,additionalNotificationLevel:y.additionalNotificationLevel}},Ur)).configureBackupJob,"ConfigureBackupJobPayload"),()=>"Job settings saved.")},children:[o("h3",{children:e.backupName}),o("div",{class:"field",children:[o("label",{for:`${A}-interval`,children:"Expected interval (e.g. 1D, 12h, 1W)"}),o("input",{id:`${A}-interval`,value:r,onInput:S=>i(S.currentTarget.value)})]}),o("fieldset",{children:[o("legend",{children:"Weekdays (UTC; none ticked means every day)"}),wo.map((S,N)=>o("label",{class:"check",children:[o("input",{type:"checkbox",checked:s.includes(N),onChange:x=>u(x.currentTarget.checked?[...s,N].sort():s.filter(H=>H!==N))}),S]},S))]}),o("div",{class:"field",children:[o("label",{for:`${A}-tolerance`,children:"Tolerance in minutes (empty: global default)"}),o("input",{id:`${A}-tolerance`,type:"number",min:"0",value:c,onInput:S=>p(S.currentTarget.value)})]}),o("label",{class:"check",children:[o("input",{type:"checkbox",checked:m,onChange:S=>h(S.currentTarget.checked)}),"Check for overdue runs"]}),o("div",{class:"field",children:[o("label",{for:`${A}-level`,children:"Warning alerts for"}),o("select",{id:`${A}-level`,value:b,onChange:S=>g(S.currentTarget.value),children:yl.map(S=>o("option",{value:S,children:S.toLowerCase()},S))})]}),o(_d,{prefix:A,choices:y,onChange:w}),o("div",{class:"actions",children:[o("button",{type:"submit",class:"primary",disabled:C.busy,children:"Save job settings"}),o("button",{type:"button",class:"danger",disabled:D.busy,onClick:()=>{confirm(`Delete the job ${e.backupName} with its runs and alerts?`)&&D.run(async()=>_e((await ue(Rs,{input:{job:{id:e.id}}},Ur)).deleteBackupJob,"DeleteBackupJobPayload"),S=>`Deleted ${S.backupName}: ${S.deleted.runs} runs.`)},children:"Delete job"})]}),o(Oe,{state:C}),o(Oe,{state:D})]})}function _d({prefix:e,choices:t,onChange:n}){let r=i=>s=>n({...t,[i]:s});return o("fieldset",{children:[o("legend",{children:"Notifications"}),o(Ze,{label:"ntfy",checked:t.ntfyEnabled,onChange:r("ntfyEnabled")}),o(Ze,{label:"E-mail",checked:t.emailEnabled,onChange:r("emailEnabled")}),o(Ze,{label:"Gotify",checked:t.gotifyEnabled,onChange:r("gotifyEnabled")}),o(Ze,{label:"Apprise",checked:t.appriseEnabled,onChange:r("appriseEnabled")}),o(Ze,{label:"Notify when a good run recovers",checked:t.notifyRecovered,onChange:r("notifyRecovered")}),o(Ce,{id:`${e}-extra-topic`,label:"Extra ntfy topic",value:t.additionalNtfyTopic,onInput:r("additionalNtfyTopic")}),o(Ce,{id:`${e}-extra-emails`,label:"Extra e-mail recipients (comma-separated)",value:t.additionalEmails,onInput:r("additionalEmails")}),o(Yt,{id:`${e}-extra-level`,label:"Runs that reach the extra destinations",value:t.additionalNotificationLevel,options:yl.map(i=>({value:i,label:i.toLowerCase()})),onChange:r("additionalNotificationLevel")})]})}function vl({groups:e,onChange:t}){let n=Le(t);return e.length===0?o("p",{class:"muted",children:"No two servers share a name."}):o(ye,{children:[o("ul",{class:"plain",children:e.map(r=>{let[i,...s]=r.servers;return o("li",{children:[o("strong",{children:r.name}),": ",r.servers.length," servers (",r.servers.map(u=>u.serverId).join(", "),")"," ",o("button",{type:"button",disabled:n.busy||!i,onClick:()=>{!i||!confirm(`Merge ${s.length} older server(s) named ${r.name} into the newest one?`)||n.run(async()=>_e((await ue(Cs,{input:{targetId:i.id,sourceIds:s.map(u=>u.id)}},Ur)).mergeServers,"MergeServersPayload"),u=>`Merged: ${u.counts.runsMoved} runs moved, ${u.counts.servers} servers removed.`)},children:"Merge into newest"})]},r.name)})}),o(Oe,{state:n})]})}var rn={BACKUP_FAILED:"Failed run",BACKUP_WARNING:"Run with warnings",BACKUP_SUCCEEDED:"Successful run",OVERDUE:"Overdue",OVERDUE_REMINDER:"Overdue reminder",RECOVERED:"Recovered",SERVER_SEEN:"New server",TEST:"Test"},In={NTFY:"ntfy",EMAIL:"E-mail",GOTIFY:"Gotify",APPRISE:"Apprise",WEBHOOK:"Webhook"},$i={PENDING:"Pending",DELIVERED:"Delivered",DEAD:"Failed"},xo={SUCCESS:"Successful run",WARNING:"Run with warnings or errors",OVERDUE_BACKUP:"Overdue job and reminders"};var pr=20,Sd={value:"",label:"Any"},Bi=e=>[Sd,...Object.entries(e).map(([t,n])=>({value:t,label:n}))];function _l(){let[e,t]=E({status:"",channel:"",event:""}),[n,r]=E({first:pr}),[i,s]=E(1),u=Qe(nn),c={...n,status:e.status||null,channel:e.channel||null,event:e.event||null},{data:p,error:m,refetch:h}=vt(Hs,c,{admin:!0}),b=p?.notificationDeliveries,g=i===1&&b?kd(b.nodes,u,e):!1;lt(()=>{g&&h()},[g,h]);let y=A=>S=>{t({...e,[A]:S}),r({first:pr}),s(1)},w=o("fieldset",{class:"filters",children:[o("legend",{class:"visually-hidden",children:"Filter deliveries"}),o(Yt,{id:"deliveries-status",label:"Status",value:e.status,options:Bi($i),onChange:y("status")}),o(Yt,{id:"deliveries-channel",label:"Channel",value:e.channel,options:Bi(In),onChange:y("channel")}),o(Yt,{id:"deliveries-event",label:"Event",value:e.event,options:Bi(rn),onChange:y("event")})]});if(m&&!b)return o("p",{class:"error",children:["Could not read the deliveries: ",m.message]});if(!b)return o("p",{"aria-busy":"true",children:"Loading deliveries…"});let C=b.nodes.map(A=>u.get(A.id)??A).filter(A=>Sl(A,e)),D=Math.max(1,Math.ceil(b.totalCount/pr));return o("div",{class:"deliveries",children:[w,C.length===0?o("p",{class:"muted",children:["No deliveries",e.status||e.channel||e.event?" match these filters":" yet","."]}):o("div",{class:"table-scroll",children:o("table",{class:"deliveries-table",children:[o("caption",{class:"visually-hidden",children:"Notification deliveries, newest first"}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Created"}),o("th",{scope:"col",children:"Status"}),o("th",{scope:"col",children:"Channel"}),o("th",{scope:"col",children:"Event"}),o("th",{scope:"col",children:"Attempts"}),o("th",{scope:"col",children:"Response"}),o("th",{scope:"col",children:"Last error"}),o("th",{scope:"col",children:"Delivered / next try"}),o("th",{scope:"col",children:o("span",{class:"visually-hidden",children:"Actions"})})]})}),o("tbody",{children:C.map(A=>o(xd,{row:A},A.id))})]})}),o("nav",{class:"pager","aria-label":"Delivery pages",children:[o("button",{type:"button",disabled:i===1,onClick:()=>{r(i===2?{first:pr}:{last:pr,before:b.pageInfo.startCursor}),s(i-1)},children:"Newer deliveries"}),o("span",{class:"page-number",children:["Page ",i," of ",D," (",_t(b.totalCount)," deliveries)"]}),o("button",{type:"button",disabled:!b.pageInfo.hasNextPage,onClick:()=>{r({first:pr,after:b.pageInfo.endCursor}),s(i+1)},children:"Older deliveries"})]})]})}function Sl(e,t){return(!t.status||e.status===t.status)&&(!t.channel||e.channel===t.channel)&&(!t.event||e.event===t.event)}function kd(e,t,n){let r=new Set(e.map(s=>s.id)),i=e[0]?.createdAt??"";for(let[s,u]of t)if(!r.has(s)&&Sl(u,n)&&new Date(u.createdAt)>=new Date(i||0))return!0;return!1}var wd={DELIVERED:"status-success",PENDING:"status-none",DEAD:"status-error"};function xd({row:e}){let[t,n]=E(!1),[r,i]=E(null);return o("tr",{"data-delivery-id":e.id,"data-status":e.status,children:[o("td",{children:Ee(e.createdAt)}),o("td",{children:o("span",{class:`badge ${wd[e.status]}`,children:$i[e.status]})}),o("td",{children:[In[e.channel],e.destination&&o("span",{class:"muted",children:[" ",e.destination]})]}),o("td",{title:e.title||void 0,children:rn[e.event]}),o("td",{children:e.attempts}),o("td",{children:e.responseCode??"—"}),o("td",{class:"last-error",children:e.lastError??"—"}),o("td",{children:e.deliveredAt?Ee(e.deliveredAt):e.nextAttemptAt?`next ${Ee(e.nextAttemptAt)}`:"—"}),o("td",{children:[e.status!=="PENDING"&&o("button",{type:"button",disabled:t,"aria-label":`Re-send the ${rn[e.event].toLowerCase()} notification by ${In[e.channel]}`,onClick:async()=>{n(!0),i(null);try{let s=nn.get().get(e.id),u=await ue(js,{id:e.id},{admin:!0}),c=_e(u.resendNotification,"NotificationDelivery");nn.get().get(e.id)===s&&nn.set(new Map(nn.get()).set(c.id,c))}catch(s){i(s.message)}finally{n(!1)}},children:"Re-send"}),r&&o("span",{class:"error",children:[" ",r]})]})]})}var Ao={admin:!0};function kl({settings:e,onSaved:t}){let[n,r]=E(e.ntfy?.url??"https://ntfy.sh/"),[i,s]=E(e.ntfy?.topic??""),[u,c]=E(""),[p,m]=E(!1),h=Le();return o("form",{class:"card channel","aria-labelledby":"channel-ntfy",onSubmit:b=>{b.preventDefault(),h.run(async()=>{let y=_e((await ue(Bs,{input:{url:n,topic:i,accessToken:p?"":u||void 0}},Ao)).setNtfySettings,"NotificationSettings");return c(""),m(!1),t(y),y},()=>"ntfy saved.")},children:[o("h3",{id:"channel-ntfy",children:"ntfy"}),o(Ce,{id:"ntfy-url",label:"Server URL",type:"url",required:!0,value:n,onInput:r}),o(Ce,{id:"ntfy-topic",label:"Topic",required:!0,value:i,onInput:s}),o(Vr,{id:"ntfy-token",label:"Access token",isSet:e.ntfy?.hasAccessToken??!1,value:u,onInput:c,remove:{checked:p,onChange:m}}),o("button",{type:"submit",class:"primary",disabled:h.busy,children:"Save ntfy"}),o(Oe,{state:h})]})}var Ad=[{value:"STARTTLS",label:"STARTTLS (TLS required)"},{value:"SSL",label:"SSL/TLS from the start"},{value:"PLAIN",label:"Plain (no TLS)"}];function wl({settings:e,onSaved:t}){let n=e.email,[r,i]=E(n?.host??""),[s,u]=E(String(n?.port??587)),[c,p]=E(n?.connectionType??"STARTTLS"),[m,h]=E(n?.requireAuth??!0),[b,g]=E(n?.username??""),[y,w]=E(""),[C,D]=E(!1),[A,S]=E(n?.mailto??""),[N,x]=E(n?.fromAddress??""),[H,O]=E(n?.senderName??""),Q=Le();return o("form",{class:"card channel","aria-labelledby":"channel-email",onSubmit:q=>{q.preventDefault(),Q.run(async()=>{let Z={host:r,port:Number(s),connectionType:c,requireAuth:m,username:b,password:C?"":y||void 0,mailto:A,fromAddress:N,senderName:H||void 0},J=_e((await ue(Vs,{input:Z},Ao)).setEmailSettings,"NotificationSettings");return w(""),D(!1),t(J),J},()=>"E-mail saved.")},children:[o("h3",{id:"channel-email",children:"E-mail"}),n?.passwordMustBeSetAgain&&o("p",{class:"error",children:"The upgrade could not carry duplistatus's password over: enter it again."}),o(Ce,{id:"email-host",label:"SMTP host",required:!0,value:r,onInput:i}),o(Ce,{id:"email-port",label:"Port",type:"number",required:!0,value:s,onInput:u}),o(Yt,{id:"email-connection",label:"Connection",value:c,options:Ad,onChange:p}),o(Ze,{label:"The server needs a login",checked:m,onChange:h}),o(Ce,{id:"email-username",label:"Username",value:b,onInput:g}),o(Vr,{id:"email-password",label:"Password",isSet:n?.hasPassword??!1,value:y,onInput:w,remove:{checked:C,onChange:D}}),o(Ce,{id:"email-to",label:"Recipient",type:"email",required:!0,value:A,onInput:S}),o(Ce,{id:"email-from",label:"Sender address (empty: the username)",value:N,onInput:x}),o(Ce,{id:"email-sender",label:"Sender name",placeholder:"duplistatus",value:H,onInput:O}),o("button",{type:"submit",class:"primary",disabled:Q.busy,children:"Save e-mail"}),o(Oe,{state:Q})]})}function xl({settings:e,onSaved:t}){let[n,r]=E(e.gotify?.url??""),[i,s]=E(e.gotify?.enabled??!0),[u,c]=E(""),p=Le();return o("form",{class:"card channel","aria-labelledby":"channel-gotify",onSubmit:m=>{m.preventDefault(),p.run(async()=>{let b=_e((await ue(Us,{input:{url:n,enabled:i,token:u||void 0}},Ao)).setGotifySettings,"NotificationSettings");return c(""),t(b),b},()=>"Gotify saved.")},children:[o("h3",{id:"channel-gotify",children:"Gotify"}),o(Ce,{id:"gotify-url",label:"Server URL",type:"url",required:!0,value:n,onInput:r}),o(Vr,{id:"gotify-token",label:"Application token",isSet:e.gotify?.hasToken??!1,value:u,onInput:c}),o(Ze,{label:"Send through Gotify",checked:i,onChange:s}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:p.busy,children:"Save Gotify"})}),o(Oe,{state:p})]})}function Al({settings:e,onSaved:t}){let[n,r]=E(e.apprise?.url??""),[i,s]=E(e.apprise?.key??""),[u,c]=E(e.apprise?.enabled??!0),[p,m]=E(""),h=Le();return o("form",{class:"card channel","aria-labelledby":"channel-apprise",onSubmit:b=>{b.preventDefault(),h.run(async()=>{let y=_e((await ue(Ws,{input:{url:n,key:i,enabled:u,urls:p||void 0}},Ao)).setAppriseSettings,"NotificationSettings");return m(""),t(y),y},()=>"Apprise saved.")},children:[o("h3",{id:"channel-apprise",children:"Apprise API"}),o(Ce,{id:"apprise-url",label:"Apprise API server",type:"url",required:!0,value:n,onInput:r}),o(Ce,{id:"apprise-key",label:"Configuration key (empty: send the URLs below)",value:i,onInput:s}),o(Vr,{id:"apprise-urls",label:"Apprise URLs",isSet:e.apprise?.hasUrls??!1,value:p,onInput:m}),o(Ze,{label:"Send through Apprise",checked:u,onChange:c}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:h.busy,children:"Save Apprise"})}),o(Oe,{state:h})]})}var Td={admin:!0},Nd=Object.keys(xo),Ed=["min","low","default","high","max"].map(e=>({value:e,label:e}));function Tl({templates:e,onChange:t}){return o(ye,{children:Nd.map(n=>o(Cd,{kind:n,template:e.find(r=>r.kind===n),onChange:t},n))})}function Cd({kind:e,template:t,onChange:n}){let[r,i]=E(t?.title??""),[s,u]=E(t?.message??""),[c,p]=E(t?.priority??"default"),[m,h]=E(t?.tags??""),b=Le(n),g=`template-${e.toLowerCase()}`;return o("details",{class:"card template","data-template-kind":e,children:[o("summary",{children:[o("strong",{children:xo[e]})," ",o("span",{class:"muted",children:t?"stored":"built-in default in use"})]}),o("form",{"aria-label":`Template: ${xo[e]}`,onSubmit:y=>{y.preventDefault(),b.run(async()=>_e((await ue(Ks,{input:{kind:e,title:r,message:s,priority:c,tags:m}},Td)).setNotificationTemplate,"NotificationSettings"),()=>"Template saved.")},children:[o(Ce,{id:`${g}-title`,label:"Title (e-mail subject)",required:!0,value:r,onInput:i}),o("div",{class:"field",children:[o("label",{for:`${g}-message`,children:["Message (","{placeholder}","s are filled per event)"]}),o("textarea",{id:`${g}-message`,required:!0,rows:6,value:s,onInput:y=>u(y.currentTarget.value)})]}),o(Yt,{id:`${g}-priority`,label:"ntfy priority",value:c,options:Ed,onChange:p}),o(Ce,{id:`${g}-tags`,label:"ntfy tags (comma-separated)",value:m,onInput:h}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:b.busy,children:"Save template"})}),o(Oe,{state:b})]})]})}var Dd={admin:!0},Rd=["NTFY","EMAIL","GOTIFY","APPRISE"];function Nl(){let[e,t]=E([]),[n,r]=E(""),[i,s]=E(!1),[u,c]=E(null),[p,m]=E(null);return o("form",{class:"card","aria-labelledby":"notification-test",onSubmit:async h=>{h.preventDefault(),s(!0),m(null);try{let b=await ue(Gs,{channels:e.length?e:null,toEmail:n||null},Dd);c(_e(b.sendTestNotification,"SendTestNotificationPayload").outcomes)}catch(b){c(null),m(b.message)}finally{s(!1)}},children:[o("h3",{id:"notification-test",children:"Send a test"}),o("fieldset",{children:[o("legend",{children:"Channels (none ticked: every configured one)"}),Rd.map(h=>o(Ze,{label:In[h],checked:e.includes(h),onChange:b=>t(b?[...e,h]:e.filter(g=>g!==h))},h))]}),o(Ce,{id:"test-email",label:"Send the e-mail test to (empty: the recipient)",type:"email",value:n,onInput:r}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:i,children:i?"Sending…":"Send test"})}),o("div",{role:"status",children:[p&&o("p",{class:"error",children:p}),u&&u.length===0&&o("p",{class:"muted",children:"No channel is configured."}),u&&u.length>0&&o("ul",{class:"plain test-outcomes",children:u.map(h=>o("li",{"data-channel":h.channel,"data-delivered":String(h.delivered),children:[o("strong",{children:In[h.channel]}),h.destination&&` (${h.destination})`,":"," ",o("span",{class:h.delivered?"ok":"error",children:h.delivered?"delivered":"failed"}),h.responseCode!==null&&h.responseCode!==void 0&&`, answered ${h.responseCode}`,h.error&&` — ${h.error}`]},h.channel))})]})]})}var Cl={admin:!0},Md=Object.keys(rn).filter(e=>e!=="BACKUP_SUCCEEDED"&&e!=="TEST"),El=16;function Dl({webhooks:e,onChange:t}){let n=Le(t);return o("div",{class:"card",children:[e.length===0?o("p",{class:"muted",children:"No webhook endpoints."}):o("div",{class:"table-scroll",children:o("table",{class:"webhooks",children:[o("caption",{class:"visually-hidden",children:"Webhook endpoints"}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Name"}),o("th",{scope:"col",children:"URL"}),o("th",{scope:"col",children:"Events"}),o("th",{scope:"col",children:"Secret"}),o("th",{scope:"col",children:o("span",{class:"visually-hidden",children:"Actions"})})]})}),o("tbody",{children:e.map(r=>o("tr",{"data-webhook-id":r.id,children:[o("td",{children:[r.name||"—",!r.enabled&&o("span",{class:"muted",children:" (off)"})]}),o("td",{children:o("code",{children:r.url})}),o("td",{children:r.events.map(i=>rn[i]).join(", ")}),o("td",{children:r.hasSecret?"set":"not set"}),o("td",{children:o("button",{type:"button",class:"danger",disabled:n.busy,"aria-label":`Remove the webhook ${r.name||r.url}`,onClick:()=>{confirm(`Remove the webhook ${r.name||r.url}?`)&&n.run(async()=>_e((await ue(Js,{id:r.id},Cl)).removeNotificationWebhook,"RemoveNotificationWebhookPayload"),()=>"Webhook removed.")},children:"Remove"})})]},r.id))})]})}),o(Oe,{state:n}),o(Pd,{onChange:t})]})}function Pd({onChange:e}){let[t,n]=E(""),[r,i]=E(""),[s,u]=E(""),[c,p]=E(Md),[m,h]=E(!1),b=Le(e);return o("form",{"aria-labelledby":"webhook-add",onSubmit:g=>{g.preventDefault(),b.run(async()=>{let w=_e((await ue(qs,{input:{name:t,url:r,secret:s,events:c,legacyMachineKeys:m}},Cl)).addNotificationWebhook,"NotificationWebhook");return n(""),i(""),u(""),w},()=>"Webhook added.")},children:[o("h3",{id:"webhook-add",children:"Add a webhook"}),o(Ce,{id:"webhook-name",label:"Name",value:t,onInput:n}),o(Ce,{id:"webhook-url",label:"URL (http or https)",type:"url",required:!0,value:r,onInput:i}),o("div",{class:"field",children:[o("label",{for:"webhook-secret",children:["Signing secret (at least ",El," characters; never shown again)"]}),o("input",{id:"webhook-secret",type:"password",required:!0,minLength:El,autoComplete:"new-password",value:s,onInput:g=>u(g.currentTarget.value)})]}),o("fieldset",{children:[o("legend",{children:"Events"}),Object.keys(rn).filter(g=>g!=="TEST").map(g=>o(Ze,{label:rn[g],checked:c.includes(g),onChange:y=>p(y?[...c,g]:c.filter(w=>w!==g))},g))]}),o(Ze,{label:"Add machine keys beside server (older receivers)",checked:m,onChange:h}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:b.busy,children:"Add webhook"})}),o(Oe,{state:b})]})}function Rl(){let{data:e,error:t,refetch:n}=vt($s,{},{admin:!0}),[r,i]=E(null);lt(()=>i(null),[e]);let s=r??e?.notificationSettings;return t&&!s?o("p",{class:"error",children:["Could not read the notification settings: ",t.message]}):s?o(ye,{children:[o("section",{"aria-labelledby":"notifications-channels",children:[o("h2",{id:"notifications-channels",children:"Channels"}),o("p",{class:"muted",children:"Secrets are write-only: the page only says whether one is stored."}),o("div",{class:"channels",children:[o(kl,{settings:s,onSaved:i}),o(wl,{settings:s,onSaved:i}),o(xl,{settings:s,onSaved:i}),o(Al,{settings:s,onSaved:i})]})]}),o("section",{"aria-labelledby":"notifications-test",children:[o("h2",{id:"notifications-test",children:"Test"}),o(Nl,{})]}),o("section",{"aria-labelledby":"notifications-webhooks",children:[o("h2",{id:"notifications-webhooks",children:"Webhooks"}),o(Dl,{webhooks:s.webhooks,onChange:n})]}),o("section",{"aria-labelledby":"notifications-options",children:[o("h2",{id:"notifications-options",children:"Options"}),o(Id,{settings:s,onSaved:i})]}),o("section",{"aria-labelledby":"notifications-templates",children:[o("h2",{id:"notifications-templates",children:"Templates"}),o("p",{class:"muted",children:["Language: ",s.templateLanguage,". A template preview is not offered yet: the API has no preview query."]}),o(Tl,{templates:s.templates,onChange:n})]}),o("section",{"aria-labelledby":"notifications-deliveries",children:[o("h2",{id:"notifications-deliveries",children:"Deliveries"}),o(_l,{})]})]}):o("p",{"aria-busy":"true",children:"Loading notification settings…"})}function Id({settings:e,onSaved:t}){let[n,r]=E(e.notifyNewServer),[i,s]=E(String(e.overdueDigestThreshold)),u=Le();return o("form",{class:"card",onSubmit:c=>{c.preventDefault(),u.run(async()=>{let p={notifyNewServer:n,overdueDigestThreshold:Number(i)},m=_e((await ue(zs,{input:p},{admin:!0})).setNotificationOptions,"NotificationSettings");return t(m),m},()=>"Options saved.")},children:[o(Ze,{label:"Notify the first report of a new server",checked:n,onChange:r}),o(Ce,{id:"overdue-digest",label:"Overdue notifications in one check before they become one digest",type:"number",required:!0,value:i,onInput:s}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:u.busy,children:"Save options"})}),o(Oe,{state:u})]})}var Vi={admin:!0},Ld=[0,5,15,30,60,120,240,360,720,1440],Od=["ONETIME","EVERY_DAY","EVERY_WEEK","EVERY_MONTH"];function Ml({section:e}){Qe(jt);let t=lr("admin")!==null,{data:n,error:r,refetch:i}=vt(As,{},{admin:!0,skip:!t||e!=="general"});return t?o(ye,{children:[o("h1",{children:"Admin"}),o("p",{children:o("button",{type:"button",onClick:()=>sl("admin"),children:"Forget the admin token"})}),r&&o(ye,{children:[o("p",{class:"error",role:"alert",children:r.message}),o(Mn,{kind:"admin"})]}),o("nav",{class:"tabs","aria-label":"Admin sections",children:[o("a",{href:Ye.admin("general"),"aria-current":e==="general"?"page":void 0,children:"Servers and monitoring"}),o("a",{href:Ye.admin("notifications"),"aria-current":e==="notifications"?"page":void 0,children:"Notifications"})]}),e==="notifications"?o(Rl,{}):n&&o(Fd,{data:n,refetch:i})]}):o(ye,{children:[o("h1",{children:"Admin"}),o(Mn,{kind:"admin"})]})}function Fd({data:e,refetch:t}){return o(ye,{children:[o("section",{"aria-labelledby":"admin-monitoring",children:[o("h2",{id:"admin-monitoring",children:"Monitoring settings"}),o($d,{settings:e.monitoringSettings,onChange:t})]}),o("section",{"aria-labelledby":"admin-servers",children:[o("h2",{id:"admin-servers",children:"Servers and job schedules"}),e.servers.nodes.length===0&&o("p",{class:"muted",children:"No servers."}),e.servers.nodes.map(n=>o(bl,{server:n,onChange:t},n.id))]}),o("section",{"aria-labelledby":"admin-duplicates",children:[o("h2",{id:"admin-duplicates",children:"Duplicate servers"}),o(vl,{groups:e.duplicateServers,onChange:t})]}),o("section",{"aria-labelledby":"admin-prune",children:[o("h2",{id:"admin-prune",children:"Prune old runs"}),o(Bd,{onChange:t})]}),o("section",{"aria-labelledby":"admin-usage",children:[o("h2",{id:"admin-usage",children:"Deprecated fields still in use"}),o(Vd,{usage:e.deprecatedFieldUsage})]})]})}function $d({settings:e,onChange:t}){let[n,r]=E(e.defaultToleranceMilliseconds/6e4),[i,s]=E(e.reminderFrequency),u=Le(t),c=Le(t);return o("form",{class:"card",onSubmit:p=>{p.preventDefault(),u.run(async()=>_e((await ue(Ps,{input:{defaultToleranceMilliseconds:n*6e4,reminderFrequency:i}},Vi)).setMonitoringSettings,"SetMonitoringSettingsPayload"),()=>"Settings saved.")},children:[o("div",{class:"field",children:[o("label",{for:"default-tolerance",children:"Default tolerance"}),o("select",{id:"default-tolerance",value:n,onChange:p=>r(Number(p.currentTarget.value)),children:Ld.map(p=>o("option",{value:p,children:[p," min"]},p))})]}),o("div",{class:"field",children:[o("label",{for:"reminder-frequency",children:"Overdue reminders"}),o("select",{id:"reminder-frequency",value:i,onChange:p=>s(p.currentTarget.value),children:Od.map(p=>o("option",{value:p,children:p.toLowerCase().replace("_"," ")},p))})]}),o("div",{class:"actions",children:[o("button",{type:"submit",class:"primary",disabled:u.busy,children:"Save settings"}),o("button",{type:"button",disabled:c.busy,onClick:()=>{c.run(async()=>_e((await ue(Is,{},Vi)).runOverdueCheck,"RunOverdueCheckPayload"),p=>p.check.message)},children:"Run the overdue check now"})]}),o(Oe,{state:u}),o(Oe,{state:c})]})}function Bd({onChange:e}){let[t,n]=E(""),r=Le(e);return o("form",{class:"card",onSubmit:i=>{i.preventDefault(),!(!t||!confirm(`Delete every run that ended before ${t}?`))&&r.run(async()=>_e((await ue(Ms,{olderThan:new Date(`${t}T00:00:00Z`).toISOString()},Vi)).pruneBackups,"PruneBackupsPayload"),s=>`Deleted ${s.deleted.runs} runs of ${s.deleted.jobsAffected} jobs.`)},children:[o("div",{class:"field",children:[o("label",{for:"prune-before",children:"Delete runs that ended before (UTC date)"}),o("input",{id:"prune-before",type:"date",required:!0,value:t,onInput:i=>n(i.currentTarget.value)})]}),o("button",{type:"submit",class:"danger",disabled:r.busy,children:"Prune"}),o(Oe,{state:r})]})}function Vd({usage:e}){return e.length===0?o("p",{class:"muted",children:"No client has used a deprecated field since the server started."}):o("div",{class:"table-scroll",children:o("table",{children:[o("caption",{class:"visually-hidden",children:"Deprecated fields by client"}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Client"}),o("th",{scope:"col",children:"Field"}),o("th",{scope:"col",children:"Uses"}),o("th",{scope:"col",children:"Last used"})]})}),o("tbody",{children:e.map(t=>o("tr",{children:[o("td",{children:[t.client,t.clientVersion&&` ${t.clientVersion}`]}),o("td",{children:o("code",{children:t.coordinate})}),o("td",{children:t.count}),o("td",{children:Ee(t.lastSeenAt)})]},`${t.client}|${t.clientVersion}|${t.coordinate}`))})]})})}var Ud={OVERDUE:"Overdue",BACKUP_FAILED:"Backup failed",BACKUP_WARNING:"Backup warning"};function To({alerts:e,onChange:t}){let[n,r]=E(null),[i,s]=E(!1),[u,c]=E(null);async function p(m){r(null),c(m);try{_e((await ue(Ts,{id:m},{admin:!0})).acknowledgeAlert,"AcknowledgeAlertPayload"),s(!1),t()}catch(h){r(`Not acknowledged: ${h.message}`),h instanceof ur&&s(!0)}finally{c(null)}}return e.length===0?o("p",{class:"muted",children:"No alerts."}):o("div",{children:[n&&o("p",{class:"error",role:"alert",children:n}),i&&o(Mn,{kind:"admin",onCancel:()=>s(!1),onSaved:()=>s(!1)}),o("ul",{class:"alerts",children:e.map(m=>o("li",{class:`alert-item ${m.active?"open":"closed"}`,"data-alert-id":m.id,children:[o("div",{children:[o("strong",{children:Ud[m.kind]}),m.job&&o("span",{children:[" · ",m.job.backupName]})," · ",o("span",{children:m.active?"open":"resolved"}),m.acknowledgedAt&&o("span",{class:"ack",children:[" · acknowledged ",Ee(m.acknowledgedAt)]})]}),o("div",{class:"muted",children:[m.message," — raised ",Ee(m.raisedAt),m.reminderCount>0&&`, ${m.reminderCount} reminder(s)`,m.resolvedAt&&`, resolved ${Ee(m.resolvedAt)}`]}),m.active&&!m.acknowledgedAt&&o("button",{type:"button",disabled:u===m.id,onClick:()=>p(m.id),children:"Acknowledge"})]},m.id))})]})}function No({status:e}){let t=e??"NONE";return o("span",{class:`badge status-${t.toLowerCase()}`,children:Br[t]})}function Eo({since:e}){return o("span",{class:"badge overdue",title:e?`Overdue since ${new Date(e).toLocaleString()}`:"Overdue",children:"Overdue"})}var Wd="uplot",zd="u-hz",Kd="u-vt",qd="u-title",Jd="u-wrap",Gd="u-under",Hd="u-over",jd="u-axis",Fn="u-off",Qd="u-select",Yd="u-cursor-x",Zd="u-cursor-y",Xd="u-cursor-pt",ep="u-legend",tp="u-live",np="u-inline",rp="u-series",op="u-marker",Pl="u-label",ip="u-value",zr="width",Kr="height";var Il="bottom",fr="left",Ui="right",oa="#000",Ll=oa+"0",Wi="mousemove",Ol="mousedown",zi="mouseup",Fl="mouseenter",$l="mouseleave",Bl="dblclick",ap="resize",sp="scroll",Vl="change",Po="dppxchange",ia="--",_r=typeof window<"u",Hi=_r?document:null,gr=_r?window:null,lp=_r?navigator:null,ge,Co;function ji(){let e=devicePixelRatio;ge!=e&&(ge=e,Co&&Yi(Vl,Co,ji),Co=matchMedia(`(min-resolution: ${ge-.001}dppx) and (max-resolution: ${ge+.001}dppx)`),$n(Vl,Co,ji),gr.dispatchEvent(new CustomEvent(Po)))}function St(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function Qi(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function De(e,t,n){e.style[t]=n+"px"}function Bt(e,t,n,r){let i=Hi.createElement(e);return t!=null&&St(i,t),n?.insertBefore(i,r),i}function Pt(e,t){return Bt("div",e,t)}var Ul=new WeakMap;function Zt(e,t,n,r,i){let s="translate("+t+"px,"+n+"px)",u=Ul.get(e);s!=u&&(e.style.transform=s,Ul.set(e,s),t<0||n<0||t>r||n>i?St(e,Fn):Qi(e,Fn))}var Wl=new WeakMap;function zl(e,t,n){let r=t+n,i=Wl.get(e);r!=i&&(Wl.set(e,r),e.style.background=t,e.style.borderColor=n)}var Kl=new WeakMap;function ql(e,t,n,r){let i=t+""+n,s=Kl.get(e);i!=s&&(Kl.set(e,i),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=r?-t/2+"px":0,e.style.marginTop=r?-n/2+"px":0)}var aa={passive:!0},up={...aa,capture:!0};function $n(e,t,n,r){t.addEventListener(e,n,r?up:aa)}function Yi(e,t,n,r){t.removeEventListener(e,n,aa)}_r&&ji();function Vt(e,t,n,r){let i;n=n||0,r=r||t.length-1;let s=r<=2147483647;for(;r-n>1;)i=s?n+r>>1:kt((n+r)/2),t[i]<e?n=i:r=i;return e-t[n]<=t[r]-e?n:r}function vu(e){return(n,r,i)=>{let s=-1,u=-1;for(let c=r;c<=i;c++)if(e(n[c])){s=c;break}for(let c=i;c>=r;c--)if(e(n[c])){u=c;break}return[s,u]}}var _u=e=>e!=null,Su=e=>e!=null&&e>0,Oo=vu(_u),cp=vu(Su);function dp(e,t,n,r=0,i=!1){let s=i?cp:Oo,u=i?Su:_u;[t,n]=s(e,t,n);let c=e[t],p=e[t];if(t>-1)if(r==1)c=e[t],p=e[n];else if(r==-1)c=e[n],p=e[t];else for(let m=t;m<=n;m++){let h=e[m];u(h)&&(h<c?c=h:h>p&&(p=h))}return[c??Se,p??-Se]}function Fo(e,t,n,r){let i=Hl(e),s=Hl(t);e==t&&(i==-1?(e*=n,t/=n):(e/=n,t*=n));let u=n==10?on:ku,c=i==1?kt:It,p=s==1?It:kt,m=c(u(ze(e))),h=p(u(ze(t))),b=hr(n,m),g=hr(n,h);return n==10&&(m<0&&(b=ke(b,-m)),h<0&&(g=ke(g,-h))),r||n==2?(e=b*i,t=g*s):(e=Tu(e,b),t=$o(t,g)),[e,t]}function sa(e,t,n,r){let i=Fo(e,t,n,r);return e==0&&(i[0]=0),t==0&&(i[1]=0),i}var la=.1,Jl={mode:3,pad:la},Jr={pad:0,soft:null,mode:0},pp={min:Jr,max:Jr};function Io(e,t,n,r){return Bo(n)?Gl(e,t,n):(Jr.pad=n,Jr.soft=r?0:null,Jr.mode=r?3:0,Gl(e,t,pp))}function fe(e,t){return e??t}function fp(e,t,n){for(t=fe(t,0),n=fe(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function Gl(e,t,n){let r=n.min,i=n.max,s=fe(r.pad,0),u=fe(i.pad,0),c=fe(r.hard,-Se),p=fe(i.hard,Se),m=fe(r.soft,Se),h=fe(i.soft,-Se),b=fe(r.mode,0),g=fe(i.mode,0),y=t-e,w=on(y),C=ut(ze(e),ze(t)),D=on(C),A=ze(D-w);(y<1e-24||A>10)&&(y=0,(e==0||t==0)&&(y=1e-24,b==2&&m!=Se&&(s=0),g==2&&h!=-Se&&(u=0)));let S=y||C||1e3,N=on(S),x=hr(10,kt(N)),H=S*(y==0?e==0?.1:1:s),O=ke(Tu(e-H,x/10),24),Q=e>=m&&(b==1||b==3&&O<=m||b==2&&O>=m)?m:Se,q=ut(c,O<Q&&e>=Q?Q:Ut(Q,O)),Z=S*(y==0?t==0?.1:1:u),J=ke($o(t+Z,x/10),24),R=t<=h&&(g==1||g==3&&J>=h||g==2&&J<=h)?h:-Se,j=Ut(p,J>R&&t<=R?R:ut(R,J));return q==j&&q==0&&(j=100),[q,j]}var mp=new Intl.NumberFormat(_r?lp.language:"en-US"),ua=e=>mp.format(e),wt=Math,Mo=wt.PI,ze=wt.abs,kt=wt.floor,We=wt.round,It=wt.ceil,Ut=wt.min,ut=wt.max,hr=wt.pow,Hl=wt.sign,on=wt.log10,ku=wt.log2,gp=(e,t=1)=>wt.sinh(e)*t,Ki=(e,t=1)=>wt.asinh(e/t),Se=1/0;function jl(e){return(on((e^e>>31)-(e>>31))|0)+1}function Zi(e,t,n){return Ut(ut(e,t),n)}function wu(e){return typeof e=="function"}function se(e){return wu(e)?e:()=>e}var hp=()=>{},xu=e=>e,Au=(e,t)=>t,bp=e=>null,Ql=e=>!0,Yl=(e,t)=>e==t,yp=/\.\d*?(?=9{6,}|0{6,})/gm,Bn=e=>{if(Eu(e)||bn.has(e))return e;let t=`${e}`,n=t.match(yp);if(n==null)return e;let r=n[0].length-1;if(t.indexOf("e-")!=-1){let[i,s]=t.split("e");return+`${Bn(i)}e${s}`}return ke(e,r)};function Ln(e,t){return Bn(ke(Bn(e/t))*t)}function $o(e,t){return Bn(It(Bn(e/t))*t)}function Tu(e,t){return Bn(kt(Bn(e/t))*t)}function ke(e,t=0){if(Eu(e))return e;let n=10**t,r=e*n*(1+Number.EPSILON);return We(r)/n}var bn=new Map;function Nu(e){return((""+e).split(".")[1]||"").length}function Hr(e,t,n,r){let i=[],s=r.map(Nu);for(let u=t;u<n;u++){let c=ze(u),p=ke(hr(e,u),c);for(let m=0;m<r.length;m++){let h=e==10?+`${r[m]}e${u}`:r[m]*p,b=(u>=0?0:c)+(u>=s[m]?0:s[m]),g=e==10?h:ke(h,b);i.push(g),bn.set(g,b)}}return i}var Gr={},ca=[],br=[null,null],hn=Array.isArray,Eu=Number.isInteger,vp=e=>e===void 0;function Zl(e){return typeof e=="string"}function Bo(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function _p(e){return e!=null&&typeof e=="object"}var Sp=Object.getPrototypeOf(Uint8Array),Cu="__proto__";function yr(e,t=Bo){let n;if(hn(e)){let r=e.find(i=>i!=null);if(hn(r)||t(r)){n=Array(e.length);for(let i=0;i<e.length;i++)n[i]=yr(e[i],t)}else n=e.slice()}else if(e instanceof Sp)n=e.slice();else if(t(e)){n={};for(let r in e)r!=Cu&&(n[r]=yr(e[r],t))}else n=e;return n}function Be(e){let t=arguments;for(let n=1;n<t.length;n++){let r=t[n];for(let i in r)i!=Cu&&(Bo(e[i])?Be(e[i],yr(r[i])):e[i]=yr(r[i]))}return e}var kp=0,wp=1,xp=2;function Ap(e,t,n){for(let r=0,i,s=-1;r<t.length;r++){let u=t[r];if(u>s){for(i=u-1;i>=0&&e[i]==null;)e[i--]=null;for(i=u+1;i<n&&e[i]==null;)e[s=i++]=null}}}function Tp(e,t){if(Cp(e)){let u=e[0].slice();for(let c=1;c<e.length;c++)u.push(...e[c].slice(1));return Dp(u[0])||(u=Ep(u)),u}let n=new Set;for(let u=0;u<e.length;u++){let p=e[u][0],m=p.length;for(let h=0;h<m;h++)n.add(p[h])}let r=[Array.from(n).sort((u,c)=>u-c)],i=r[0].length,s=new Map;for(let u=0;u<i;u++)s.set(r[0][u],u);for(let u=0;u<e.length;u++){let c=e[u],p=c[0];for(let m=1;m<c.length;m++){let h=c[m],b=Array(i).fill(void 0),g=t?t[u][m]:wp,y=[];for(let w=0;w<h.length;w++){let C=h[w],D=s.get(p[w]);C===null?g!=kp&&(b[D]=C,g==xp&&y.push(D)):b[D]=C}Ap(b,y,i),r.push(b)}}return r}var Np=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ep(e){let t=e[0],n=t.length,r=Array(n);for(let s=0;s<r.length;s++)r[s]=s;r.sort((s,u)=>t[s]-t[u]);let i=[];for(let s=0;s<e.length;s++){let u=e[s],c=Array(n);for(let p=0;p<n;p++)c[p]=u[r[p]];i.push(c)}return i}function Cp(e){let t=e[0][0],n=t.length;for(let r=1;r<e.length;r++){let i=e[r][0];if(i.length!=n)return!1;if(i!=t){for(let s=0;s<n;s++)if(i[s]!=t[s])return!1}}return!0}function Dp(e,t=100){let n=e.length;if(n<=1)return!0;let r=0,i=n-1;for(;r<=i&&e[r]==null;)r++;for(;i>=r&&e[i]==null;)i--;if(i<=r)return!0;let s=ut(1,kt((i-r+1)/t));for(let u=e[r],c=r+s;c<=i;c+=s){let p=e[c];if(p!=null){if(p<=u)return!1;u=p}}return!0}var Du=["January","February","March","April","May","June","July","August","September","October","November","December"],Ru=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Mu(e){return e.slice(0,3)}var Rp=Ru.map(Mu),Mp=Du.map(Mu),Pp={MMMM:Du,MMM:Mp,WWWW:Ru,WWW:Rp};function Wr(e){return(e<10?"0":"")+e}function Ip(e){return(e<10?"00":e<100?"0":"")+e}var Lp={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Wr(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Wr(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Wr(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Wr(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Wr(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Ip(e.getMilliseconds())};function da(e,t){t=t||Pp;let n=[],r=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=r.exec(e);)n.push(i[0][0]=="{"?Lp[i[1]]:i[0]);return s=>{let u="";for(let c=0;c<n.length;c++)u+=typeof n[c]=="string"?n[c]:n[c](s,t);return u}}var Op=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Fp(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==Op?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Pu=e=>e%1==0,Lo=[1,2,2.5,5],$p=Hr(10,-32,0,Lo),Iu=Hr(10,0,32,Lo),Bp=Iu.filter(Pu),On=$p.concat(Iu),pa=`
`,Lu="{YYYY}",Xl=pa+Lu,Ou="{M}/{D}",qr=pa+Ou,Do=qr+"/{YY}",Fu="{aa}",Vp="{h}:{mm}",mr=Vp+Fu,eu=pa+mr,tu=":{ss}",he=null;function $u(e){let t=e*1e3,n=t*60,r=n*60,i=r*24,s=i*30,u=i*365,p=(e==1?Hr(10,0,3,Lo).filter(Pu):Hr(10,-3,0,Lo)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,r,r*2,r*3,r*4,r*6,r*8,r*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,s,s*2,s*3,s*4,s*6,u,u*2,u*5,u*10,u*25,u*50,u*100]),m=[[u,Lu,he,he,he,he,he,he,1],[i*28,"{MMM}",Xl,he,he,he,he,he,1],[i,Ou,Xl,he,he,he,he,he,1],[r,"{h}"+Fu,Do,he,qr,he,he,he,1],[n,mr,Do,he,qr,he,he,he,1],[t,tu,Do+" "+mr,he,qr+" "+mr,he,eu,he,1],[e,tu+".{fff}",Do+" "+mr,he,qr+" "+mr,he,eu,he,1]];function h(b){return(g,y,w,C,D,A)=>{let S=[],N=D>=u,x=D>=s&&D<u,H=b(w),O=ke(H*e,3),Q=qi(H.getFullYear(),N?0:H.getMonth(),x||N?1:H.getDate()),q=ke(Q*e,3);if(x||N){let Z=x?D/s:0,J=N?D/u:0,R=O==q?O:ke(qi(Q.getFullYear()+J,Q.getMonth()+Z,1)*e,3),j=new Date(We(R/e)),$=j.getFullYear(),I=j.getMonth();for(let L=0;R<=C;L++){let F=qi($+J*L,I+Z*L,1),P=F-b(ke(F*e,3));R=ke((+F+P)*e,3),R<=C&&S.push(R)}}else{let Z=D>=i?i:D,J=kt(w)-kt(O),R=q+J+$o(O-q,Z);S.push(R);let j=b(R),$=j.getHours()+j.getMinutes()/n+j.getSeconds()/r,I=D/r,L=g.axes[y]._space,F=A/L;for(;R=ke(R+D,e==1?0:3),!(R>C);)if(I>1){let P=kt(ke($+I,6))%24,z=b(R).getHours()-P;z>1&&(z=-1),R-=z*r,$=($+I)%24;let ie=S[S.length-1];ke((R-ie)/D,3)*F>=.7&&S.push(R)}else S.push(R)}return S}}return[p,m,h]}var[Up,Wp,zp]=$u(1),[Kp,qp,Jp]=$u(.001);Hr(2,-53,53,[1]);function nu(e,t){return e.map(n=>n.map((r,i)=>i==0||i==8||r==null?r:t(i==1||n[8]==0?r:n[1]+r)))}function ru(e,t){return(n,r,i,s,u)=>{let c=t.find(w=>u>=w[0])||t[t.length-1],p,m,h,b,g,y;return r.map(w=>{let C=e(w),D=C.getFullYear(),A=C.getMonth(),S=C.getDate(),N=C.getHours(),x=C.getMinutes(),H=C.getSeconds(),O=D!=p&&c[2]||A!=m&&c[3]||S!=h&&c[4]||N!=b&&c[5]||x!=g&&c[6]||H!=y&&c[7]||c[1];return p=D,m=A,h=S,b=N,g=x,y=H,O(C)})}}function Gp(e,t){let n=da(t);return(r,i,s,u,c)=>i.map(p=>n(e(p)))}function qi(e,t,n){return new Date(e,t,n)}function ou(e,t){return t(e)}var Hp="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function iu(e,t){return(n,r,i,s)=>s==null?ia:t(e(r))}function jp(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function Qp(e,t){return e.series[t].fill(e,t)}var Yp={show:!0,live:!0,isolate:!1,mount:hp,markers:{show:!0,width:2,stroke:jp,fill:Qp,dash:"solid"},idx:null,idxs:null,values:[]};function Zp(e,t){let n=e.cursor.points,r=Pt(),i=n.size(e,t);De(r,zr,i),De(r,Kr,i);let s=i/-2;De(r,"marginLeft",s),De(r,"marginTop",s);let u=n.width(e,t,i);return u&&De(r,"borderWidth",u),r}function Xp(e,t){let n=e.series[t].points;return n._fill||n._stroke}function ef(e,t){let n=e.series[t].points;return n._stroke||n._fill}function tf(e,t){return e.series[t].points.size}var Ji=[0,0];function nf(e,t,n){return Ji[0]=t,Ji[1]=n,Ji}function Ro(e,t,n,r=!0){return i=>{i.button==0&&(!r||i.target==t)&&n(i)}}function Gi(e,t,n,r=!0){return i=>{(!r||i.target==t)&&n(i)}}var rf={show:!0,x:!0,y:!0,lock:!1,move:nf,points:{one:!1,show:Zp,size:tf,width:0,stroke:ef,fill:Xp},bind:{mousedown:Ro,mouseup:Ro,click:Ro,dblclick:Ro,mousemove:Gi,mouseleave:Gi,mouseenter:Gi},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,r,i)=>r-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Bu={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},fa=Be({},Bu,{filter:Au}),Vu=Be({},fa,{size:10}),Uu=Be({},Bu,{show:!1}),ma='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Wu="bold "+ma,zu=1.5,au={show:!0,scale:"x",stroke:oa,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Wu,side:2,grid:fa,ticks:Vu,border:Uu,font:ma,lineGap:zu,rotate:0},of="Value",af="Time",su={show:!0,scale:"x",auto:!1,sorted:1,min:Se,max:-Se,idxs:[]};function sf(e,t,n,r,i){return t.map(s=>s==null?"":ua(s))}function lf(e,t,n,r,i,s,u){let c=[],p=bn.get(i)||0;n=u?n:ke($o(n,i),p);for(let m=n;m<=r;m=ke(m+i,p))c.push(Object.is(m,-0)?0:m);return c}function Xi(e,t,n,r,i,s,u){let c=[],p=e.scales[e.axes[t].scale].log,m=p==10?on:ku,h=kt(m(n));i=hr(p,h),p==10&&(i=On[Vt(i,On)]);let b=n,g=i*p;p==10&&(g=On[Vt(g,On)]);do c.push(b),b=b+i,p==10&&!bn.has(b)&&(b=ke(b,bn.get(i))),b>=g&&(i=b,g=i*p,p==10&&(g=On[Vt(g,On)]));while(b<=r);return c}function uf(e,t,n,r,i,s,u){let p=e.scales[e.axes[t].scale].asinh,m=r>p?Xi(e,t,ut(p,n),r,i):[p],h=r>=0&&n<=0?[0]:[];return(n<-p?Xi(e,t,ut(p,-r),-n,i):[p]).reverse().map(g=>-g).concat(h,m)}var Ku=/./,cf=/[12357]/,df=/[125]/,lu=/1/,ea=(e,t,n,r)=>e.map((i,s)=>t==4&&i==0||s%r==0&&n.test(i.toExponential()[i<0?1:0])?i:null);function pf(e,t,n,r,i){let s=e.axes[n],u=s.scale,c=e.scales[u],p=e.valToPos,m=s._space,h=p(10,u),b=p(9,u)-h>=m?Ku:p(7,u)-h>=m?cf:p(5,u)-h>=m?df:lu;if(b==lu){let g=ze(p(1,u)-h);if(g<m)return ea(t.slice().reverse(),c.distr,b,It(m/g)).reverse()}return ea(t,c.distr,b,1)}function ff(e,t,n,r,i){let s=e.axes[n],u=s.scale,c=s._space,p=e.valToPos,m=ze(p(1,u)-p(2,u));return m<c?ea(t.slice().reverse(),3,Ku,It(c/m)).reverse():t}function mf(e,t,n,r){return r==null?ia:t==null?"":ua(t)}var uu={show:!0,scale:"y",stroke:oa,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Wu,side:3,grid:fa,ticks:Vu,border:Uu,font:ma,lineGap:zu,rotate:0};function gf(e,t){let n=3+(e||1)*2;return ke(n*t,3)}function hf(e,t){let{scale:n,idxs:r}=e.series[0],i=e._data[0],s=e.valToPos(i[r[0]],n,!0),u=e.valToPos(i[r[1]],n,!0),c=ze(u-s),p=e.series[t],m=c/(p.points.space*ge);return r[1]-r[0]<=m}var cu={scale:null,auto:!0,sorted:0,min:Se,max:-Se},qu=(e,t,n,r,i)=>i,du={show:!0,auto:!0,sorted:0,gaps:qu,alpha:1,facets:[Be({},cu,{scale:"x"}),Be({},cu,{scale:"y"})]},pu={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:qu,alpha:1,points:{show:hf,filter:null},values:null,min:Se,max:-Se,idxs:[],path:null,clip:null};function bf(e,t,n,r,i){return n/10}var Ju={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},yf=Be({},Ju,{time:!1,ori:1}),fu={};function Gu(e,t){let n=fu[e];return n||(n={key:e,plots:[],sub(r){n.plots.push(r)},unsub(r){n.plots=n.plots.filter(i=>i!=r)},pub(r,i,s,u,c,p,m){for(let h=0;h<n.plots.length;h++)n.plots[h]!=i&&n.plots[h].pub(r,i,s,u,c,p,m)}},e!=null&&(fu[e]=n)),n}var vr=1,ta=2;function Vn(e,t,n){let r=e.mode,i=e.series[t],s=r==2?e._data[t]:e._data,u=e.scales,c=e.bbox,p=s[0],m=r==2?s[1]:s[t],h=r==2?u[i.facets[0].scale]:u[e.series[0].scale],b=r==2?u[i.facets[1].scale]:u[i.scale],g=c.left,y=c.top,w=c.width,C=c.height,D=e.valToPosH,A=e.valToPosV;return h.ori==0?n(i,p,m,h,b,D,A,g,y,w,C,Uo,Sr,zo,ju,Yu):n(i,p,m,h,b,A,D,y,g,C,w,Wo,kr,ba,Qu,Zu)}function ga(e,t){let n=0,r=0,i=fe(e.bands,ca);for(let s=0;s<i.length;s++){let u=i[s];u.series[0]==t?n=u.dir:u.series[1]==t&&(u.dir==1?r|=1:r|=2)}return[n,r==1?-1:r==2?1:r==3?2:0]}function vf(e,t,n,r,i){let s=e.mode,u=e.series[t],c=s==2?u.facets[1].scale:u.scale,p=e.scales[c];return i==-1?p.min:i==1?p.max:p.distr==3?p.dir==1?p.min:p.max:0}function an(e,t,n,r,i,s){return Vn(e,t,(u,c,p,m,h,b,g,y,w,C,D)=>{let A=u.pxRound,S=m.dir*(m.ori==0?1:-1),N=m.ori==0?Sr:kr,x,H;S==1?(x=n,H=r):(x=r,H=n);let O=A(b(c[x],m,C,y)),Q=A(g(p[x],h,D,w)),q=A(b(c[H],m,C,y)),Z=A(g(s==1?h.max:h.min,h,D,w)),J=new Path2D(i);return N(J,q,Z),N(J,O,Z),N(J,O,Q),J})}function Vo(e,t,n,r,i,s){let u=null;if(e.length>0){u=new Path2D;let c=t==0?zo:ba,p=n;for(let b=0;b<e.length;b++){let g=e[b];if(g[1]>g[0]){let y=g[0]-p;y>0&&c(u,p,r,y,r+s),p=g[1]}}let m=n+i-p,h=10;m>0&&c(u,p,r-h/2,m,r+s+h)}return u}function _f(e,t,n){let r=e[e.length-1];r&&r[0]==t?r[1]=n:e.push([t,n])}function ha(e,t,n,r,i,s,u){let c=[],p=e.length;for(let m=i==1?n:r;m>=n&&m<=r;m+=i)if(t[m]===null){let b=m,g=m;if(i==1)for(;++m<=r&&t[m]===null;)g=m;else for(;--m>=n&&t[m]===null;)g=m;let y=s(e[b]),w=g==b?y:s(e[g]),C=b-i;y=u<=0&&C>=0&&C<p?s(e[C]):y;let A=g+i;w=u>=0&&A>=0&&A<p?s(e[A]):w,w>=y&&c.push([y,w])}return c}function mu(e){return e==0?xu:e==1?We:t=>Ln(t,e)}function Hu(e){let t=e==0?Uo:Wo,n=e==0?(i,s,u,c,p,m)=>{i.arcTo(s,u,c,p,m)}:(i,s,u,c,p,m)=>{i.arcTo(u,s,p,c,m)},r=e==0?(i,s,u,c,p)=>{i.rect(s,u,c,p)}:(i,s,u,c,p)=>{i.rect(u,s,p,c)};return(i,s,u,c,p,m=0,h=0)=>{m==0&&h==0?r(i,s,u,c,p):(m=Ut(m,c/2,p/2),h=Ut(h,c/2,p/2),t(i,s+m,u),n(i,s+c,u,s+c,u+p,m),n(i,s+c,u+p,s,u+p,h),n(i,s,u+p,s,u,h),n(i,s,u,s+c,u,m),i.closePath())}}var Uo=(e,t,n)=>{e.moveTo(t,n)},Wo=(e,t,n)=>{e.moveTo(n,t)},Sr=(e,t,n)=>{e.lineTo(t,n)},kr=(e,t,n)=>{e.lineTo(n,t)},zo=Hu(0),ba=Hu(1),ju=(e,t,n,r,i,s)=>{e.arc(t,n,r,i,s)},Qu=(e,t,n,r,i,s)=>{e.arc(n,t,r,i,s)},Yu=(e,t,n,r,i,s,u)=>{e.bezierCurveTo(t,n,r,i,s,u)},Zu=(e,t,n,r,i,s,u)=>{e.bezierCurveTo(n,t,i,r,u,s)};function Xu(e){return(t,n,r,i,s)=>Vn(t,n,(u,c,p,m,h,b,g,y,w,C,D)=>{let{pxRound:A,points:S}=u,N,x;m.ori==0?(N=Uo,x=ju):(N=Wo,x=Qu);let H=ke(S.width*ge,3),O=(S.size-S.width)/2*ge,Q=ke(O*2,3),q=new Path2D,Z=new Path2D,{left:J,top:R,width:j,height:$}=t.bbox;zo(Z,J-Q,R-Q,j+Q*2,$+Q*2);let I=L=>{if(p[L]!=null){let F=A(b(c[L],m,C,y)),P=A(g(p[L],h,D,w));N(q,F+O,P),x(q,F,P,O,0,Mo*2)}};if(s)s.forEach(I);else for(let L=r;L<=i;L++)I(L);return{stroke:H>0?q:null,fill:q,clip:Z,flags:vr|ta}})}function ec(e){return(t,n,r,i,s,u)=>{r!=i&&(s!=r&&u!=r&&e(t,n,r),s!=i&&u!=i&&e(t,n,i),e(t,n,u))}}var Sf=ec(Sr),kf=ec(kr);function tc(e){let t=fe(e?.alignGaps,0);return(n,r,i,s)=>Vn(n,r,(u,c,p,m,h,b,g,y,w,C,D)=>{[i,s]=Oo(p,i,s);let A=u.pxRound,S=$=>A(b($,m,C,y)),N=$=>A(g($,h,D,w)),x,H;m.ori==0?(x=Sr,H=Sf):(x=kr,H=kf);let O=m.dir*(m.ori==0?1:-1),Q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:vr},q=Q.stroke,Z=!1;if(s-i>=C*4){let $=K=>n.posToVal(K,m.key,!0),I=null,L=null,F,P,le,X=S(c[O==1?i:s]),z=S(c[i]),ie=S(c[s]),ee=$(O==1?z+1:ie-1);for(let K=O==1?i:s;K>=i&&K<=s;K+=O){let we=c[K],re=(O==1?we<ee:we>ee)?X:S(we),ce=p[K];re==X?ce!=null?(P=ce,I==null?(x(q,re,N(P)),F=I=L=P):P<I?I=P:P>L&&(L=P)):ce===null&&(Z=!0):(I!=null&&H(q,X,N(I),N(L),N(F),N(P)),ce!=null?(P=ce,x(q,re,N(P)),I=L=F=P):(I=L=null,ce===null&&(Z=!0)),X=re,ee=$(X+O))}I!=null&&I!=L&&le!=X&&H(q,X,N(I),N(L),N(F),N(P))}else for(let $=O==1?i:s;$>=i&&$<=s;$+=O){let I=p[$];I===null?Z=!0:I!=null&&x(q,S(c[$]),N(I))}let[R,j]=ga(n,r);if(u.fill!=null||R!=0){let $=Q.fill=new Path2D(q),I=u.fillTo(n,r,u.min,u.max,R),L=N(I),F=S(c[i]),P=S(c[s]);O==-1&&([P,F]=[F,P]),x($,P,L),x($,F,L)}if(!u.spanGaps){let $=[];Z&&$.push(...ha(c,p,i,s,O,S,t)),Q.gaps=$=u.gaps(n,r,i,s,$),Q.clip=Vo($,m.ori,y,w,C,D)}return j!=0&&(Q.band=j==2?[an(n,r,i,s,q,-1),an(n,r,i,s,q,1)]:an(n,r,i,s,q,j)),Q})}function wf(e){let t=fe(e.align,1),n=fe(e.ascDesc,!1),r=fe(e.alignGaps,0),i=fe(e.extend,!1);return(s,u,c,p)=>Vn(s,u,(m,h,b,g,y,w,C,D,A,S,N)=>{[c,p]=Oo(b,c,p);let x=m.pxRound,{left:H,width:O}=s.bbox,Q=z=>x(w(z,g,S,D)),q=z=>x(C(z,y,N,A)),Z=g.ori==0?Sr:kr,J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:vr},R=J.stroke,j=g.dir*(g.ori==0?1:-1),$=q(b[j==1?c:p]),I=Q(h[j==1?c:p]),L=I,F=I;i&&t==-1&&(F=H,Z(R,F,$)),Z(R,I,$);for(let z=j==1?c:p;z>=c&&z<=p;z+=j){let ie=b[z];if(ie==null)continue;let ee=Q(h[z]),K=q(ie);t==1?Z(R,ee,$):Z(R,L,K),Z(R,ee,K),$=K,L=ee}let P=L;i&&t==1&&(P=H+O,Z(R,P,$));let[le,X]=ga(s,u);if(m.fill!=null||le!=0){let z=J.fill=new Path2D(R),ie=m.fillTo(s,u,m.min,m.max,le),ee=q(ie);Z(z,P,ee),Z(z,F,ee)}if(!m.spanGaps){let z=[];z.push(...ha(h,b,c,p,j,Q,r));let ie=m.width*ge/2,ee=n||t==1?ie:-ie,K=n||t==-1?-ie:ie;z.forEach(we=>{we[0]+=ee,we[1]+=K}),J.gaps=z=m.gaps(s,u,c,p,z),J.clip=Vo(z,g.ori,D,A,S,N)}return X!=0&&(J.band=X==2?[an(s,u,c,p,R,-1),an(s,u,c,p,R,1)]:an(s,u,c,p,R,X)),J})}function gu(e,t,n,r,i,s,u=Se){if(e.length>1){let c=null;for(let p=0,m=1/0;p<e.length;p++)if(t[p]!==void 0){if(c!=null){let h=ze(e[p]-e[c]);h<m&&(m=h,u=ze(n(e[p],r,i,s)-n(e[c],r,i,s)))}c=p}}return u}function xf(e){e=e||Gr;let t=fe(e.size,[.6,Se,1]),n=e.align||0,r=e.gap||0,i=e.radius;i=i==null?[0,0]:typeof i=="number"?[i,0]:i;let s=se(i),u=1-t[0],c=fe(t[1],Se),p=fe(t[2],1),m=fe(e.disp,Gr),h=fe(e.each,y=>{}),{fill:b,stroke:g}=m;return(y,w,C,D)=>Vn(y,w,(A,S,N,x,H,O,Q,q,Z,J,R)=>{let j=A.pxRound,$=n,I=r*ge,L=c*ge,F=p*ge,P,le;x.ori==0?[P,le]=s(y,w):[le,P]=s(y,w);let X=x.dir*(x.ori==0?1:-1),z=x.ori==0?zo:ba,ie=x.ori==0?h:(U,xe,Ve,Kn,Sn,zt,kn)=>{h(U,xe,Ve,Sn,Kn,kn,zt)},ee=fe(y.bands,ca).find(U=>U.series[0]==w),K=ee!=null?ee.dir:0,we=A.fillTo(y,w,A.min,A.max,K),de=j(Q(we,H,R,Z)),re,ce,xt,rt=J,Me=j(A.width*ge),Wt=!1,Xt=null,At=null,sn=null,Un=null;b!=null&&(Me==0||g!=null)&&(Wt=!0,Xt=b.values(y,w,C,D),At=new Map,new Set(Xt).forEach(U=>{U!=null&&At.set(U,new Path2D)}),Me>0&&(sn=g.values(y,w,C,D),Un=new Map,new Set(sn).forEach(U=>{U!=null&&Un.set(U,new Path2D)})));let{x0:Wn,size:Ar}=m;if(Wn!=null&&Ar!=null){$=1,S=Wn.values(y,w,C,D),Wn.unit==2&&(S=S.map(Ve=>y.posToVal(q+Ve*J,x.key,!0)));let U=Ar.values(y,w,C,D);Ar.unit==2?ce=U[0]*J:ce=O(U[0],x,J,q)-O(0,x,J,q),rt=gu(S,N,O,x,J,q,rt),xt=rt-ce+I}else rt=gu(S,N,O,x,J,q,rt),xt=rt*u+I,ce=rt-xt;xt<1&&(xt=0),Me>=ce/2&&(Me=0),xt<5&&(j=xu);let Yr=xt>0,vn=rt-xt-(Yr?Me:0);ce=j(Zi(vn,F,L)),re=($==0?ce/2:$==X?0:ce)-$*X*(($==0?I/2:0)+(Yr?Me/2:0));let ot={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},zn=Wt?null:new Path2D,en=null;if(ee!=null)en=y.data[ee.series[1]];else{let{y0:U,y1:xe}=m;U!=null&&xe!=null&&(N=xe.values(y,w,C,D),en=U.values(y,w,C,D))}let _n=P*ce,oe=le*ce;for(let U=X==1?C:D;U>=C&&U<=D;U+=X){let xe=N[U];if(xe==null)continue;if(en!=null){let ct=en[U]??0;if(xe-ct==0)continue;de=Q(ct,H,R,Z)}let Ve=x.distr!=2||m!=null?S[U]:U,Kn=O(Ve,x,J,q),Sn=Q(fe(xe,we),H,R,Z),zt=j(Kn-re),kn=j(ut(Sn,de)),ft=j(Ut(Sn,de)),Tt=kn-ft;if(xe!=null){let ct=xe<0?oe:_n,Lt=xe<0?_n:oe;Wt?(Me>0&&sn[U]!=null&&z(Un.get(sn[U]),zt,ft+kt(Me/2),ce,ut(0,Tt-Me),ct,Lt),Xt[U]!=null&&z(At.get(Xt[U]),zt,ft+kt(Me/2),ce,ut(0,Tt-Me),ct,Lt)):z(zn,zt,ft+kt(Me/2),ce,ut(0,Tt-Me),ct,Lt),ie(y,w,U,zt-Me/2,ft,ce+Me,Tt)}}return Me>0?ot.stroke=Wt?Un:zn:Wt||(ot._fill=A.width==0?A._fill:A._stroke??A._fill,ot.width=0),ot.fill=Wt?At:zn,ot})}function Af(e,t){let n=fe(t?.alignGaps,0);return(r,i,s,u)=>Vn(r,i,(c,p,m,h,b,g,y,w,C,D,A)=>{[s,u]=Oo(m,s,u);let S=c.pxRound,N=P=>S(g(P,h,D,w)),x=P=>S(y(P,b,A,C)),H,O,Q;h.ori==0?(H=Uo,Q=Sr,O=Yu):(H=Wo,Q=kr,O=Zu);let q=h.dir*(h.ori==0?1:-1),Z=N(p[q==1?s:u]),J=Z,R=[],j=[];for(let P=q==1?s:u;P>=s&&P<=u;P+=q)if(m[P]!=null){let X=p[P],z=N(X);R.push(J=z),j.push(x(m[P]))}let $={stroke:e(R,j,H,Q,O,S),fill:null,clip:null,band:null,gaps:null,flags:vr},I=$.stroke,[L,F]=ga(r,i);if(c.fill!=null||L!=0){let P=$.fill=new Path2D(I),le=c.fillTo(r,i,c.min,c.max,L),X=x(le);Q(P,J,X),Q(P,Z,X)}if(!c.spanGaps){let P=[];P.push(...ha(p,m,s,u,q,N,n)),$.gaps=P=c.gaps(r,i,s,u,P),$.clip=Vo(P,h.ori,w,C,D,A)}return F!=0&&($.band=F==2?[an(r,i,s,u,I,-1),an(r,i,s,u,I,1)]:an(r,i,s,u,I,F)),$})}function Tf(e){return Af(Nf,e)}function Nf(e,t,n,r,i,s){let u=e.length;if(u<2)return null;let c=new Path2D;if(n(c,e[0],t[0]),u==2)r(c,e[1],t[1]);else{let p=Array(u),m=Array(u-1),h=Array(u-1),b=Array(u-1);for(let g=0;g<u-1;g++)h[g]=t[g+1]-t[g],b[g]=e[g+1]-e[g],m[g]=h[g]/b[g];p[0]=m[0];for(let g=1;g<u-1;g++)m[g]===0||m[g-1]===0||m[g-1]>0!=m[g]>0?p[g]=0:(p[g]=3*(b[g-1]+b[g])/((2*b[g]+b[g-1])/m[g-1]+(b[g]+2*b[g-1])/m[g]),isFinite(p[g])||(p[g]=0));p[u-1]=m[u-2];for(let g=0;g<u-1;g++)i(c,e[g]+b[g]/3,t[g]+p[g]*b[g]/3,e[g+1]-b[g]/3,t[g+1]-p[g+1]*b[g]/3,e[g+1],t[g+1])}return c}var na=new Set;function hu(){for(let e of na)e.syncRect(!0)}_r&&($n(ap,gr,hu),$n(sp,gr,hu,!0),$n(Po,gr,()=>{tt.pxRatio=ge}));var Ef=tc(),Cf=Xu();function bu(e,t,n,r){return(r?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((s,u)=>ra(s,u,t,n))}function Df(e,t){return e.map((n,r)=>r==0?{}:Be({},t,n))}function ra(e,t,n,r){return Be({},t==0?n:r,e)}function nc(e,t,n){return t==null?br:[t,n]}var Rf=nc;function Mf(e,t,n){return t==null?br:Io(t,n,la,!0)}function rc(e,t,n,r){return t==null?br:Fo(t,n,e.scales[r].log,!1)}var Pf=rc;function oc(e,t,n,r){return t==null?br:sa(t,n,e.scales[r].log,!1)}var If=oc;function Lf(e,t,n,r,i){let s=ut(jl(e),jl(t)),u=t-e,c=Vt(i/r*u,n);do{let p=n[c],m=r*p/u;if(m>=i&&s+(p<5?bn.get(p):0)<=17)return[p,m]}while(++c<n.length);return[0,0]}function yu(e){let t,n;return e=e.replace(/(\d+)px/,(r,i)=>(t=We((n=+i)*ge))+"px"),[e,t,n]}function Of(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=ke(t[2]*ge,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function tt(e,t,n){let r={mode:fe(e.mode,1)},i=r.mode;function s(a,l,d,f){let v=l.valToPct(a);return f+d*(l.dir==-1?1-v:v)}function u(a,l,d,f){let v=l.valToPct(a);return f+d*(l.dir==-1?v:1-v)}function c(a,l,d,f){return l.ori==0?s(a,l,d,f):u(a,l,d,f)}r.valToPosH=s,r.valToPosV=u;let p=!1;r.status=0;let m=r.root=Pt(Wd);if(e.id!=null&&(m.id=e.id),St(m,e.class),e.title){let a=Pt(qd,m);a.textContent=e.title}let h=Bt("canvas"),b=r.ctx=h.getContext("2d"),g=Pt(Jd,m);$n("click",g,a=>{a.target===w&&(Ae!=tr||Re!=nr)&&et.click(r,a)},!0);let y=r.under=Pt(Gd,g);g.appendChild(h);let w=r.over=Pt(Hd,g);e=yr(e);let C=+fe(e.pxAlign,1),D=mu(C);(e.plugins||[]).forEach(a=>{a.opts&&(e=a.opts(r,e)||e)});let A=e.ms||.001,S=r.series=i==1?bu(e.series||[],su,pu,!1):Df(e.series||[null],du),N=r.axes=bu(e.axes||[],au,uu,!0),x=r.scales={},H=r.bands=e.bands||[];H.forEach(a=>{a.fill=se(a.fill||null),a.dir=fe(a.dir,-1)});let O=i==2?S[1].facets[0].scale:S[0].scale,Q={axes:Nc,series:kc},q=(e.drawOrder||["axes","series"]).map(a=>Q[a]);function Z(a){let l=a.distr==3?d=>on(d>0?d:a.clamp(r,d,a.min,a.max,a.key)):a.distr==4?d=>Ki(d,a.asinh):a.distr==100?d=>a.fwd(d):d=>d;return d=>{let f=l(d),{_min:v,_max:_}=a,k=_-v;return(f-v)/k}}function J(a){let l=x[a];if(l==null){let d=(e.scales||Gr)[a]||Gr;if(d.from!=null){J(d.from);let f=Be({},x[d.from],d,{key:a});f.valToPct=Z(f),x[a]=f}else{l=x[a]=Be({},a==O?Ju:yf,d),l.key=a;let f=l.time,v=l.range,_=hn(v);if((a!=O||i==2&&!f)&&(_&&(v[0]==null||v[1]==null)&&(v={min:v[0]==null?Jl:{mode:1,hard:v[0],soft:v[0]},max:v[1]==null?Jl:{mode:1,hard:v[1],soft:v[1]}},_=!1),!_&&Bo(v))){let k=v;v=(T,M,B)=>M==null?br:Io(M,B,k)}l.range=se(v||(f?Rf:a==O?l.distr==3?Pf:l.distr==4?If:nc:l.distr==3?rc:l.distr==4?oc:Mf)),l.auto=se(_?!1:l.auto),l.clamp=se(l.clamp||bf),l._min=l._max=null,l.valToPct=Z(l)}}}J("x"),J("y"),i==1&&S.forEach(a=>{J(a.scale)}),N.forEach(a=>{J(a.scale)});for(let a in e.scales)J(a);let R=x[O],j=R.distr,$,I;R.ori==0?(St(m,zd),$=s,I=u):(St(m,Kd),$=u,I=s);let L={};for(let a in x){let l=x[a];(l.min!=null||l.max!=null)&&(L[a]={min:l.min,max:l.max},l.min=l.max=null)}let F=e.tzDate||(a=>new Date(We(a/A))),P=e.fmtDate||da,le=A==1?zp(F):Jp(F),X=ru(F,nu(A==1?Wp:qp,P)),z=iu(F,ou(Hp,P)),ie=[],ee=r.legend=Be({},Yp,e.legend),K=r.cursor=Be({},rf,{drag:{y:i==2}},e.cursor),we=ee.show,de=K.show,re=ee.markers;ee.idxs=ie,re.width=se(re.width),re.dash=se(re.dash),re.stroke=se(re.stroke),re.fill=se(re.fill);let ce,xt,rt,Me=[],Wt=[],Xt,At=!1,sn={};if(ee.live){let a=S[1]?S[1].values:null;At=a!=null,Xt=At?a(r,1,0):{_:0};for(let l in Xt)sn[l]=ia}if(we)if(ce=Bt("table",ep,m),rt=Bt("tbody",null,ce),ee.mount(r,ce),At){xt=Bt("thead",null,ce,rt);let a=Bt("tr",null,xt);Bt("th",null,a);for(var Un in Xt)Bt("th",Pl,a).textContent=Un}else St(ce,np),ee.live&&St(ce,tp);let Wn={show:!0},Ar={show:!1};function Yr(a,l){if(l==0&&(At||!ee.live||i==2))return br;let d=[],f=Bt("tr",rp,rt,rt.childNodes[l]);St(f,a.class),a.show||St(f,Fn);let v=Bt("th",null,f);if(re.show){let T=Pt(op,v);if(l>0){let M=re.width(r,l);M&&(T.style.border=M+"px "+re.dash(r,l)+" "+re.stroke(r,l)),T.style.background=re.fill(r,l)}}let _=Pt(Pl,v);a.label instanceof HTMLElement?_.appendChild(a.label):_.textContent=a.label,l>0&&(re.show||(_.style.color=a.width>0?re.stroke(r,l):re.fill(r,l)),ot("click",v,T=>{if(K._lock)return;xn(T);let M=S.indexOf(a);if((T.ctrlKey||T.metaKey)!=ee.isolate){let B=S.some((V,W)=>W>0&&W!=M&&V.show);S.forEach((V,W)=>{W>0&&qt(W,B?W==M?Wn:Ar:Wn,!0,Fe.setSeries)})}else qt(M,{show:!a.show},!0,Fe.setSeries)},!1),Jn&&ot(Fl,v,T=>{K._lock||(xn(T),qt(S.indexOf(a),or,!0,Fe.setSeries))},!1));for(var k in Xt){let T=Bt("td",ip,f);T.textContent="--",d.push(T)}return[f,d]}let vn=new Map;function ot(a,l,d,f=!0){let v=vn.get(l)||{},_=K.bind[a](r,l,d,f);_&&($n(a,l,v[a]=_),vn.set(l,v))}function zn(a,l,d){let f=vn.get(l)||{};for(let v in f)(a==null||v==a)&&(Yi(v,l,f[v]),delete f[v]);a==null&&vn.delete(l)}let en=0,_n=0,oe=0,U=0,xe=0,Ve=0,Kn=xe,Sn=Ve,zt=oe,kn=U,ft=0,Tt=0,ct=0,Lt=0;r.bbox={};let Ho=!1,Zr=!1,qn=!1,wn=!1,Xr=!1,Nt=!1;function jo(a,l,d){(d||a!=r.width||l!=r.height)&&_a(a,l),Yn(!1),qn=!0,Zr=!0,Zn()}function _a(a,l){r.width=en=oe=a,r.height=_n=U=l,xe=Ve=0,gc(),hc();let d=r.bbox;ft=d.left=Ln(xe*ge,.5),Tt=d.top=Ln(Ve*ge,.5),ct=d.width=Ln(oe*ge,.5),Lt=d.height=Ln(U*ge,.5)}let pc=3;function fc(){let a=!1,l=0;for(;!a;){l++;let d=Ac(l),f=Tc(l);a=l==pc||d&&f,a||(_a(r.width,r.height),Zr=!0)}}function mc({width:a,height:l}){jo(a,l)}r.setSize=mc;function gc(){let a=!1,l=!1,d=!1,f=!1;N.forEach((v,_)=>{if(v.show&&v._show){let{side:k,_size:T}=v,M=k%2,B=v.label!=null?v.labelSize:0,V=T+B;V>0&&(M?(oe-=V,k==3?(xe+=V,f=!0):d=!0):(U-=V,k==0?(Ve+=V,a=!0):l=!0))}}),An[0]=a,An[1]=d,An[2]=l,An[3]=f,oe-=ln[1]+ln[3],xe+=ln[3],U-=ln[2]+ln[0],Ve+=ln[0]}function hc(){let a=xe+oe,l=Ve+U,d=xe,f=Ve;function v(_,k){switch(_){case 1:return a+=k,a-k;case 2:return l+=k,l-k;case 3:return d-=k,d+k;case 0:return f-=k,f+k}}N.forEach((_,k)=>{if(_.show&&_._show){let T=_.side;_._pos=v(T,_._size),_.label!=null&&(_._lpos=v(T,_.labelSize))}})}if(K.dataIdx==null){let a=K.hover,l=a.skip=new Set(a.skip??[]);l.add(void 0);let d=a.prox=se(a.prox),f=a.bias??(a.bias=0);K.dataIdx=(v,_,k,T)=>{if(_==0)return k;let M=k,B=d(v,_,k,T)??Se,V=B>=0&&B<Se,W=R.ori==0?oe:U,te=K.left,me=t[0],pe=t[_];if(l.has(pe[k])){M=null;let ae=null,Y=null,G;if(f==0||f==-1)for(G=k;ae==null&&G-- >0;)l.has(pe[G])||(ae=G);if(f==0||f==1)for(G=k;Y==null&&G++<pe.length;)l.has(pe[G])||(Y=G);if(ae!=null||Y!=null)if(V){let Ne=ae==null?-1/0:$(me[ae],R,W,0),Pe=Y==null?1/0:$(me[Y],R,W,0),je=te-Ne,ve=Pe-te;je<=ve?je<=B&&(M=ae):ve<=B&&(M=Y)}else M=Y==null?ae:ae==null?Y:k-ae<=Y-k?ae:Y}else V&&ze(te-$(me[k],R,W,0))>B&&(M=null);return M}}let xn=a=>{K.event=a};K.idxs=ie,K._lock=!1;let nt=K.points;nt.show=se(nt.show),nt.size=se(nt.size),nt.stroke=se(nt.stroke),nt.width=se(nt.width),nt.fill=se(nt.fill);let Kt=r.focus=Be({},e.focus||{alpha:.3},K.focus),Jn=Kt.prox>=0,Gn=Jn&&nt.one,Et=[],Hn=[],jn=[];function Sa(a,l){let d=nt.show(r,l);if(d instanceof HTMLElement)return St(d,Xd),St(d,a.class),Zt(d,-10,-10,oe,U),w.insertBefore(d,Et[l]),d}function ka(a,l){if(i==1||l>0){let d=i==1&&x[a.scale].time,f=a.value;a.value=d?Zl(f)?iu(F,ou(f,P)):f||z:f||mf,a.label=a.label||(d?af:of)}if(Gn||l>0){a.width=a.width==null?1:a.width,a.paths=a.paths||Ef||bp,a.fillTo=se(a.fillTo||vf),a.pxAlign=+fe(a.pxAlign,C),a.pxRound=mu(a.pxAlign),a.stroke=se(a.stroke||null),a.fill=se(a.fill||null),a._stroke=a._fill=a._paths=a._focus=null;let d=gf(ut(1,a.width),1),f=a.points=Be({},{size:d,width:ut(1,d*.2),stroke:a.stroke,space:d*2,paths:Cf,_stroke:null,_fill:null},a.points);f.show=se(f.show),f.filter=se(f.filter),f.fill=se(f.fill),f.stroke=se(f.stroke),f.paths=se(f.paths),f.pxAlign=a.pxAlign}if(we){let d=Yr(a,l);Me.splice(l,0,d[0]),Wt.splice(l,0,d[1]),ee.values.push(null)}if(de){ie.splice(l,0,null);let d=null;Gn?l==0&&(d=Sa(a,l)):l>0&&(d=Sa(a,l)),Et.splice(l,0,d),Hn.splice(l,0,0),jn.splice(l,0,0)}He("addSeries",l)}function bc(a,l){l=l??S.length,a=i==1?ra(a,l,su,pu):ra(a,l,{},du),S.splice(l,0,a),ka(S[l],l)}r.addSeries=bc;function yc(a){if(S.splice(a,1),we){ee.values.splice(a,1),Wt.splice(a,1);let l=Me.splice(a,1)[0];zn(null,l.firstChild),l.remove()}de&&(ie.splice(a,1),Et.splice(a,1)[0].remove(),Hn.splice(a,1),jn.splice(a,1)),He("delSeries",a)}r.delSeries=yc;let An=[!1,!1,!1,!1];function vc(a,l){if(a._show=a.show,a.show){let d=a.side%2,f=x[a.scale];f==null&&(a.scale=d?S[1].scale:O,f=x[a.scale]);let v=f.time;a.size=se(a.size),a.space=se(a.space),a.rotate=se(a.rotate),hn(a.incrs)&&a.incrs.forEach(k=>{!bn.has(k)&&bn.set(k,Nu(k))}),a.incrs=se(a.incrs||(f.distr==2?Bp:v?A==1?Up:Kp:On)),a.splits=se(a.splits||(v&&f.distr==1?le:f.distr==3?Xi:f.distr==4?uf:lf)),a.stroke=se(a.stroke),a.grid.stroke=se(a.grid.stroke),a.ticks.stroke=se(a.ticks.stroke),a.border.stroke=se(a.border.stroke);let _=a.values;a.values=hn(_)&&!hn(_[0])?se(_):v?hn(_)?ru(F,nu(_,P)):Zl(_)?Gp(F,_):_||X:_||sf,a.filter=se(a.filter||(f.distr>=3&&f.log==10?pf:f.distr==3&&f.log==2?ff:Au)),a.font=yu(a.font),a.labelFont=yu(a.labelFont),a._size=a.size(r,null,l,0),a._space=a._rotate=a._incrs=a._found=a._splits=a._values=null,a._size>0&&(An[l]=!0,a._el=Pt(jd,g))}}function Tr(a,l,d,f){let[v,_,k,T]=d,M=l%2,B=0;return M==0&&(T||_)&&(B=l==0&&!v||l==2&&!k?We(au.size/3):0),M==1&&(v||k)&&(B=l==1&&!_||l==3&&!T?We(uu.size/2):0),B}let wa=r.padding=(e.padding||[Tr,Tr,Tr,Tr]).map(a=>se(fe(a,Tr))),ln=r._padding=wa.map((a,l)=>a(r,l,An,0)),Xe,Ke=null,qe=null,eo=i==1?S[0].idxs:null,Ot=null,Nr=!1;function xa(a,l){if(t=a??[],r.data=r._data=t,i==2){Xe=0;for(let d=1;d<S.length;d++)Xe+=t[d][0].length}else{t.length==0&&(r.data=r._data=t=[[]]),Ot=t[0],Xe=Ot.length;let d=t;if(j==2){d=t.slice();let f=d[0]=Array(Xe);for(let v=0;v<Xe;v++)f[v]=v}r._data=t=d}if(Yn(!0),He("setData"),j==2&&(qn=!0),l!==!1){let d=R;d.auto(r,Nr)?Qo():cn(O,d.min,d.max),wn=wn||K.left>=0,Nt=!0,Zn()}}r.setData=xa;function Qo(){Nr=!0;let a,l;i==1&&(Xe>0?(Ke=eo[0]=0,qe=eo[1]=Xe-1,a=t[0][Ke],l=t[0][qe],j==2?(a=Ke,l=qe):a==l&&(j==3?[a,l]=Fo(a,a,R.log,!1):j==4?[a,l]=sa(a,a,R.log,!1):R.time?l=a+We(86400/A):[a,l]=Io(a,l,la,!0))):(Ke=eo[0]=a=null,qe=eo[1]=l=null)),cn(O,a,l)}let to,Qn,Yo,Zo,Xo,ei,ti,ni,ri,dt;function Aa(a,l,d,f,v,_){a??(a=Ll),d??(d=ca),f??(f="butt"),v??(v=Ll),_??(_="round"),a!=to&&(b.strokeStyle=to=a),v!=Qn&&(b.fillStyle=Qn=v),l!=Yo&&(b.lineWidth=Yo=l),_!=Xo&&(b.lineJoin=Xo=_),f!=ei&&(b.lineCap=ei=f),d!=Zo&&b.setLineDash(Zo=d)}function Ta(a,l,d,f){l!=Qn&&(b.fillStyle=Qn=l),a!=ti&&(b.font=ti=a),d!=ni&&(b.textAlign=ni=d),f!=ri&&(b.textBaseline=ri=f)}function oi(a,l,d,f,v=0){if(f.length>0&&a.auto(r,Nr)&&(l==null||l.min==null)){let _=fe(Ke,0),k=fe(qe,f.length-1),T=d.min==null?dp(f,_,k,v,a.distr==3):[d.min,d.max];a.min=Ut(a.min,d.min=T[0]),a.max=ut(a.max,d.max=T[1])}}let Na={min:null,max:null};function _c(){for(let f in x){let v=x[f];L[f]==null&&(v.min==null||L[O]!=null&&v.auto(r,Nr))&&(L[f]=Na)}for(let f in x){let v=x[f];L[f]==null&&v.from!=null&&L[v.from]!=null&&(L[f]=Na)}L[O]!=null&&Yn(!0);let a={};for(let f in L){let v=L[f];if(v!=null){let _=a[f]=yr(x[f],_p);if(v.min!=null)Be(_,v);else if(f!=O||i==2)if(Xe==0&&_.from==null){let k=_.range(r,null,null,f);_.min=k[0],_.max=k[1]}else _.min=Se,_.max=-Se}}if(Xe>0){S.forEach((f,v)=>{if(i==1){let _=f.scale,k=L[_];if(k==null)return;let T=a[_];if(v==0){let M=T.range(r,T.min,T.max,_);T.min=M[0],T.max=M[1],Ke=Vt(T.min,t[0]),qe=Vt(T.max,t[0]),qe-Ke>1&&(t[0][Ke]<T.min&&Ke++,t[0][qe]>T.max&&qe--),f.min=Ot[Ke],f.max=Ot[qe]}else f.show&&f.auto&&oi(T,k,f,t[v],f.sorted);f.idxs[0]=Ke,f.idxs[1]=qe}else if(v>0&&f.show&&f.auto){let[_,k]=f.facets,T=_.scale,M=k.scale,[B,V]=t[v],W=a[T],te=a[M];W!=null&&oi(W,L[T],_,B,_.sorted),te!=null&&oi(te,L[M],k,V,k.sorted),f.min=k.min,f.max=k.max}});for(let f in a){let v=a[f],_=L[f];if(v.from==null&&(_==null||_.min==null)){let k=v.range(r,v.min==Se?null:v.min,v.max==-Se?null:v.max,f);v.min=k[0],v.max=k[1]}}}for(let f in a){let v=a[f];if(v.from!=null){let _=a[v.from];if(_.min==null)v.min=v.max=null;else{let k=v.range(r,_.min,_.max,f);v.min=k[0],v.max=k[1]}}}let l={},d=!1;for(let f in a){let v=a[f],_=x[f];if(_.min!=v.min||_.max!=v.max){_.min=v.min,_.max=v.max;let k=_.distr;_._min=k==3?on(_.min):k==4?Ki(_.min,_.asinh):k==100?_.fwd(_.min):_.min,_._max=k==3?on(_.max):k==4?Ki(_.max,_.asinh):k==100?_.fwd(_.max):_.max,l[f]=d=!0}}if(d){S.forEach((f,v)=>{i==2?v>0&&l.y&&(f._paths=null):l[f.scale]&&(f._paths=null)});for(let f in l)qn=!0,He("setScale",f);de&&K.left>=0&&(wn=Nt=!0)}for(let f in L)L[f]=null}function Sc(a){let l=Zi(Ke-1,0,Xe-1),d=Zi(qe+1,0,Xe-1);for(;a[l]==null&&l>0;)l--;for(;a[d]==null&&d<Xe-1;)d++;return[l,d]}function kc(){if(Xe>0){let a=S.some(l=>l._focus)&&dt!=Kt.alpha;a&&(b.globalAlpha=dt=Kt.alpha),S.forEach((l,d)=>{if(d>0&&l.show&&(Ea(d,!1),Ea(d,!0),l._paths==null)){let f=dt;dt!=l.alpha&&(b.globalAlpha=dt=l.alpha);let v=i==2?[0,t[d][0].length-1]:Sc(t[d]);l._paths=l.paths(r,d,v[0],v[1]),dt!=f&&(b.globalAlpha=dt=f)}}),S.forEach((l,d)=>{if(d>0&&l.show){let f=dt;dt!=l.alpha&&(b.globalAlpha=dt=l.alpha),l._paths!=null&&Ca(d,!1);{let v=l._paths!=null?l._paths.gaps:null,_=l.points.show(r,d,Ke,qe,v),k=l.points.filter(r,d,_,v);(_||k)&&(l.points._paths=l.points.paths(r,d,Ke,qe,k),Ca(d,!0))}dt!=f&&(b.globalAlpha=dt=f),He("drawSeries",d)}}),a&&(b.globalAlpha=dt=1)}}function Ea(a,l){let d=l?S[a].points:S[a];d._stroke=d.stroke(r,a),d._fill=d.fill(r,a)}function Ca(a,l){let d=l?S[a].points:S[a],{stroke:f,fill:v,clip:_,flags:k,_stroke:T=d._stroke,_fill:M=d._fill,_width:B=d.width}=d._paths;B=ke(B*ge,3);let V=null,W=B%2/2;l&&M==null&&(M=B>0?"#fff":T);let te=d.pxAlign==1&&W>0;if(te&&b.translate(W,W),!l){let me=ft-B/2,pe=Tt-B/2,ae=ct+B,Y=Lt+B;V=new Path2D,V.rect(me,pe,ae,Y)}l?ii(T,B,d.dash,d.cap,M,f,v,k,_):wc(a,T,B,d.dash,d.cap,M,f,v,k,V,_),te&&b.translate(-W,-W)}function wc(a,l,d,f,v,_,k,T,M,B,V){let W=!1;M!=0&&H.forEach((te,me)=>{if(te.series[0]==a){let pe=S[te.series[1]],ae=t[te.series[1]],Y=(pe._paths||Gr).band;hn(Y)&&(Y=te.dir==1?Y[0]:Y[1]);let G,Ne=null;pe.show&&Y&&fp(ae,Ke,qe)?(Ne=te.fill(r,me)||_,G=pe._paths.clip):Y=null,ii(l,d,f,v,Ne,k,T,M,B,V,G,Y),W=!0}}),W||ii(l,d,f,v,_,k,T,M,B,V)}let Da=vr|ta;function ii(a,l,d,f,v,_,k,T,M,B,V,W){Aa(a,l,d,f,v),(M||B||W)&&(b.save(),M&&b.clip(M),B&&b.clip(B)),W?(T&Da)==Da?(b.clip(W),V&&b.clip(V),ro(v,k),no(a,_,l)):T&ta?(ro(v,k),b.clip(W),no(a,_,l)):T&vr&&(b.save(),b.clip(W),V&&b.clip(V),ro(v,k),b.restore(),no(a,_,l)):(ro(v,k),no(a,_,l)),(M||B||W)&&b.restore()}function no(a,l,d){d>0&&(l instanceof Map?l.forEach((f,v)=>{b.strokeStyle=to=v,b.stroke(f)}):l!=null&&a&&b.stroke(l))}function ro(a,l){l instanceof Map?l.forEach((d,f)=>{b.fillStyle=Qn=f,b.fill(d)}):l!=null&&a&&b.fill(l)}function xc(a,l,d,f){let v=N[a],_;if(f<=0)_=[0,0];else{let k=v._space=v.space(r,a,l,d,f),T=v._incrs=v.incrs(r,a,l,d,f,k);_=Lf(l,d,T,f,k)}return v._found=_}function ai(a,l,d,f,v,_,k,T,M,B){let V=k%2/2;C==1&&b.translate(V,V),Aa(T,k,M,B,T),b.beginPath();let W,te,me,pe,ae=v+(f==0||f==3?-_:_);d==0?(te=v,pe=ae):(W=v,me=ae);for(let Y=0;Y<a.length;Y++)l[Y]!=null&&(d==0?W=me=a[Y]:te=pe=a[Y],b.moveTo(W,te),b.lineTo(me,pe));b.stroke(),C==1&&b.translate(-V,-V)}function Ac(a){let l=!0;return N.forEach((d,f)=>{if(!d.show)return;let v=x[d.scale];if(v.min==null){d._show&&(l=!1,d._show=!1,Yn(!1));return}else d._show||(l=!1,d._show=!0,Yn(!1));let _=d.side,k=_%2,{min:T,max:M}=v,[B,V]=xc(f,T,M,k==0?oe:U);if(V==0)return;let W=v.distr==2,te=d._splits=d.splits(r,f,T,M,B,V,W),me=v.distr==2?te.map(G=>Ot[G]):te,pe=v.distr==2?Ot[te[1]]-Ot[te[0]]:B,ae=d._values=d.values(r,d.filter(r,me,f,V,pe),f,V,pe);d._rotate=_==2?d.rotate(r,ae,f,V):0;let Y=d._size;d._size=It(d.size(r,ae,f,a)),Y!=null&&d._size!=Y&&(l=!1)}),l}function Tc(a){let l=!0;return wa.forEach((d,f)=>{let v=d(r,f,An,a);v!=ln[f]&&(l=!1),ln[f]=v}),l}function Nc(){for(let a=0;a<N.length;a++){let l=N[a];if(!l.show||!l._show)continue;let d=l.side,f=d%2,v,_,k=l.stroke(r,a),T=d==0||d==3?-1:1,[M,B]=l._found;if(l.label!=null){let at=l.labelGap*T,ht=We((l._lpos+at)*ge);Ta(l.labelFont[0],k,"center",d==2?"top":Il),b.save(),f==1?(v=_=0,b.translate(ht,We(Tt+Lt/2)),b.rotate((d==3?-Mo:Mo)/2)):(v=We(ft+ct/2),_=ht);let En=wu(l.label)?l.label(r,a,M,B):l.label;b.fillText(En,v,_),b.restore()}if(B==0)continue;let V=x[l.scale],W=f==0?ct:Lt,te=f==0?ft:Tt,me=l._splits,pe=V.distr==2?me.map(at=>Ot[at]):me,ae=V.distr==2?Ot[me[1]]-Ot[me[0]]:M,Y=l.ticks,G=l.border,Ne=Y.show?Y.size:0,Pe=We(Ne*ge),je=We((l.alignTo==2?l._size-Ne-l.gap:l.gap)*ge),ve=l._rotate*-Mo/180,Ie=D(l._pos*ge),mt=(Pe+je)*T,it=Ie+mt;_=f==0?it:0,v=f==1?it:0;let Ct=l.font[0],Ft=l.align==1?fr:l.align==2?Ui:ve>0?fr:ve<0?Ui:f==0?"center":d==3?Ui:fr,Gt=ve||f==1?"middle":d==2?"top":Il;Ta(Ct,k,Ft,Gt);let gt=l.font[1]*l.lineGap,Dt=me.map(at=>D(c(at,V,W,te))),$t=l._values;for(let at=0;at<$t.length;at++){let ht=$t[at];if(ht!=null){f==0?v=Dt[at]:_=Dt[at],ht=""+ht;let En=ht.indexOf(`
`)==-1?[ht]:ht.split(/\n/gm);for(let st=0;st<En.length;st++){let ja=En[st];ve?(b.save(),b.translate(v,_+st*gt),b.rotate(ve),b.fillText(ja,0,0),b.restore()):b.fillText(ja,v,_+st*gt)}}}Y.show&&ai(Dt,Y.filter(r,pe,a,B,ae),f,d,Ie,Pe,ke(Y.width*ge,3),Y.stroke(r,a),Y.dash,Y.cap);let Ht=l.grid;Ht.show&&ai(Dt,Ht.filter(r,pe,a,B,ae),f,f==0?2:1,f==0?Tt:ft,f==0?Lt:ct,ke(Ht.width*ge,3),Ht.stroke(r,a),Ht.dash,Ht.cap),G.show&&ai([Ie],[1],f==0?1:0,f==0?1:2,f==1?Tt:ft,f==1?Lt:ct,ke(G.width*ge,3),G.stroke(r,a),G.dash,G.cap)}He("drawAxes")}function Yn(a){S.forEach((l,d)=>{d>0&&(l._paths=null,a&&(i==1?(l.min=null,l.max=null):l.facets.forEach(f=>{f.min=null,f.max=null})))})}let oo=!1,si=!1,Er=[];function Ec(){si=!1;for(let a=0;a<Er.length;a++)He(...Er[a]);Er.length=0}function Zn(){oo||(Np(Ra),oo=!0)}function Cc(a,l=!1){oo=!0,si=l,a(r),Ra(),l&&Er.length>0&&queueMicrotask(Ec)}r.batch=Cc;function Ra(){if(Ho&&(_c(),Ho=!1),qn&&(fc(),qn=!1),Zr){if(De(y,fr,xe),De(y,"top",Ve),De(y,zr,oe),De(y,Kr,U),De(w,fr,xe),De(w,"top",Ve),De(w,zr,oe),De(w,Kr,U),De(g,zr,en),De(g,Kr,_n),h.width=We(en*ge),h.height=We(_n*ge),N.forEach(({_el:a,_show:l,_size:d,_pos:f,side:v})=>{if(a!=null)if(l){let _=v===3||v===0?d:0,k=v%2==1;De(a,k?"left":"top",f-_),De(a,k?"width":"height",d),De(a,k?"top":"left",k?Ve:xe),De(a,k?"height":"width",k?U:oe),Qi(a,Fn)}else St(a,Fn)}),to=Qn=Yo=Xo=ei=ti=ni=ri=Zo=null,dt=1,Rr(!0),xe!=Kn||Ve!=Sn||oe!=zt||U!=kn){Yn(!1);let a=oe/zt,l=U/kn;if(de&&!wn&&K.left>=0){K.left*=a,K.top*=l,Xn&&Zt(Xn,We(K.left),0,oe,U),er&&Zt(er,0,We(K.top),oe,U);for(let d=0;d<Et.length;d++){let f=Et[d];f!=null&&(Hn[d]*=a,jn[d]*=l,Zt(f,It(Hn[d]),It(jn[d]),oe,U))}}if(Te.show&&!Xr&&Te.left>=0&&Te.width>0){Te.left*=a,Te.width*=a,Te.top*=l,Te.height*=l;for(let d in fi)De(rr,d,Te[d])}Kn=xe,Sn=Ve,zt=oe,kn=U}He("setSize"),Zr=!1}en>0&&_n>0&&(b.clearRect(0,0,h.width,h.height),He("drawClear"),q.forEach(a=>a()),He("draw")),Te.show&&Xr&&(io(Te),Xr=!1),de&&wn&&(Nn(null,!0,!1),wn=!1),ee.show&&ee.live&&Nt&&(di(),Nt=!1),p||(p=!0,r.status=1,He("ready")),Nr=!1,oo=!1}r.redraw=(a,l)=>{qn=l||!1,a!==!1?cn(O,R.min,R.max):Zn()};function li(a,l){let d=x[a];if(d.from==null){if(Xe==0){let f=d.range(r,l.min,l.max,a);l.min=f[0],l.max=f[1]}if(l.min>l.max){let f=l.min;l.min=l.max,l.max=f}if(Xe>1&&l.min!=null&&l.max!=null&&l.max-l.min<1e-16)return;a==O&&d.distr==2&&Xe>0&&(l.min=Vt(l.min,t[0]),l.max=Vt(l.max,t[0]),l.min==l.max&&l.max++),L[a]=l,Ho=!0,Zn()}}r.setScale=li;let ui,ci,Xn,er,Ma,Pa,tr,nr,Ia,La,Ae,Re,un=!1,et=K.drag,Je=et.x,Ge=et.y;de&&(K.x&&(ui=Pt(Yd,w)),K.y&&(ci=Pt(Zd,w)),R.ori==0?(Xn=ui,er=ci):(Xn=ci,er=ui),Ae=K.left,Re=K.top);let Te=r.select=Be({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),rr=Te.show?Pt(Qd,Te.over?w:y):null;function io(a,l){if(Te.show){for(let d in a)Te[d]=a[d],d in fi&&De(rr,d,a[d]);l!==!1&&He("setSelect")}}r.setSelect=io;function Dc(a){if(S[a].show)we&&Qi(Me[a],Fn);else if(we&&St(Me[a],Fn),de){let d=Gn?Et[0]:Et[a];d!=null&&Zt(d,-10,-10,oe,U)}}function cn(a,l,d){li(a,{min:l,max:d})}function qt(a,l,d,f){l.focus!=null&&Lc(a),l.show!=null&&S.forEach((v,_)=>{_>0&&(a==_||a==null)&&(v.show=l.show,Dc(_),i==2?(cn(v.facets[0].scale,null,null),cn(v.facets[1].scale,null,null)):cn(v.scale,null,null),Zn())}),d!==!1&&He("setSeries",a,l),f&&Mr("setSeries",r,a,l)}r.setSeries=qt;function Rc(a,l){Be(H[a],l)}function Mc(a,l){a.fill=se(a.fill||null),a.dir=fe(a.dir,-1),l=l??H.length,H.splice(l,0,a)}function Pc(a){a==null?H.length=0:H.splice(a,1)}r.addBand=Mc,r.setBand=Rc,r.delBand=Pc;function Ic(a,l){S[a].alpha=l,de&&Et[a]!=null&&(Et[a].style.opacity=l),we&&Me[a]&&(Me[a].style.opacity=l)}let tn,dn,Tn,or={focus:!0};function Lc(a){if(a!=Tn){let l=a==null,d=Kt.alpha!=1;S.forEach((f,v)=>{if(i==1||v>0){let _=l||v==0||v==a;f._focus=l?null:_,d&&Ic(v,_?1:Kt.alpha)}}),Tn=a,d&&Zn()}}we&&Jn&&ot($l,ce,a=>{K._lock||(xn(a),Tn!=null&&qt(null,or,!0,Fe.setSeries))});function Jt(a,l,d){let f=x[l];d&&(a=a/ge-(f.ori==1?Ve:xe));let v=oe;f.ori==1&&(v=U,a=v-a),f.dir==-1&&(a=v-a);let _=f._min,k=f._max,T=a/v,M=_+(k-_)*T,B=f.distr;return B==3?hr(10,M):B==4?gp(M,f.asinh):B==100?f.bwd(M):M}function Oc(a,l){let d=Jt(a,O,l);return Vt(d,t[0],Ke,qe)}r.valToIdx=a=>Vt(a,t[0]),r.posToIdx=Oc,r.posToVal=Jt,r.valToPos=(a,l,d)=>x[l].ori==0?s(a,x[l],d?ct:oe,d?ft:0):u(a,x[l],d?Lt:U,d?Tt:0),r.setCursor=(a,l,d)=>{Ae=a.left,Re=a.top,Nn(null,l,d)};function Oa(a,l){De(rr,fr,Te.left=a),De(rr,zr,Te.width=l)}function Fa(a,l){De(rr,"top",Te.top=a),De(rr,Kr,Te.height=l)}let Cr=R.ori==0?Oa:Fa,Dr=R.ori==1?Oa:Fa;function Fc(){if(we&&ee.live)for(let a=i==2?1:0;a<S.length;a++){if(a==0&&At)continue;let l=ee.values[a],d=0;for(let f in l)Wt[a][d++].firstChild.nodeValue=l[f]}}function di(a,l){if(a!=null&&(a.idxs?a.idxs.forEach((d,f)=>{ie[f]=d}):vp(a.idx)||ie.fill(a.idx),ee.idx=ie[0]),we&&ee.live){for(let d=0;d<S.length;d++)(d>0||i==1&&!At)&&$c(d,ie[d]);Fc()}Nt=!1,l!==!1&&He("setLegend")}r.setLegend=di;function $c(a,l){let d=S[a],f=a==0&&j==2?Ot:t[a],v;At?v=d.values(r,a,l)??sn:(v=d.value(r,l==null?null:f[l],a,l),v=v==null?sn:{_:v}),ee.values[a]=v}function Nn(a,l,d){Ia=Ae,La=Re,[Ae,Re]=K.move(r,Ae,Re),K.left=Ae,K.top=Re,de&&(Xn&&Zt(Xn,We(Ae),0,oe,U),er&&Zt(er,0,We(Re),oe,U));let f,v=Ke>qe;tn=Se,dn=null;let _=R.ori==0?oe:U,k=R.ori==1?oe:U;if(Ae<0||Xe==0||v){f=K.idx=null;for(let T=0;T<S.length;T++){let M=Et[T];M!=null&&Zt(M,-10,-10,oe,U)}Jn&&qt(null,or,!0,a==null&&Fe.setSeries),ee.live&&(ie.fill(f),Nt=!0)}else{let T,M,B;i==1&&(T=R.ori==0?Ae:Re,M=Jt(T,O),f=K.idx=Vt(M,t[0],Ke,qe),B=$(t[0][f],R,_,0));let V=-10,W=-10,te=0,me=0,pe=!0,ae="",Y="";for(let G=i==2?1:0;G<S.length;G++){let Ne=S[G],Pe=ie[G],je=Pe==null?null:i==1?t[G][Pe]:t[G][1][Pe],ve=K.dataIdx(r,G,f,M),Ie=ve==null?null:i==1?t[G][ve]:t[G][1][ve];if(Nt=Nt||Ie!=je||ve!=Pe,ie[G]=ve,G>0&&Ne.show){let mt=ve==null?-10:ve==f?B:$(i==1?t[0][ve]:t[G][0][ve],R,_,0),it=Ie==null?-10:I(Ie,i==1?x[Ne.scale]:x[Ne.facets[1].scale],k,0);if(Jn&&Ie!=null){let Ct=R.ori==1?Ae:Re,Ft=ze(Kt.dist(r,G,ve,it,Ct));if(Ft<tn){let Gt=Kt.bias;if(Gt!=0){let gt=Jt(Ct,Ne.scale),Dt=Ie>=0?1:-1,$t=gt>=0?1:-1;$t==Dt&&($t==1?Gt==1?Ie>=gt:Ie<=gt:Gt==1?Ie<=gt:Ie>=gt)&&(tn=Ft,dn=G)}else tn=Ft,dn=G}}if(Nt||Gn){let Ct,Ft;R.ori==0?(Ct=mt,Ft=it):(Ct=it,Ft=mt);let Gt,gt,Dt,$t,Ht,at,ht=!0,En=nt.bbox;if(En!=null){ht=!1;let st=En(r,G);Dt=st.left,$t=st.top,Gt=st.width,gt=st.height}else Dt=Ct,$t=Ft,Gt=gt=nt.size(r,G);if(at=nt.fill(r,G),Ht=nt.stroke(r,G),Gn)G==dn&&tn<=Kt.prox&&(V=Dt,W=$t,te=Gt,me=gt,pe=ht,ae=at,Y=Ht);else{let st=Et[G];st!=null&&(Hn[G]=Dt,jn[G]=$t,ql(st,Gt,gt,ht),zl(st,at,Ht),Zt(st,It(Dt),It($t),oe,U))}}}}if(Gn){let G=Kt.prox,Ne=Tn==null?tn<=G:tn>G||dn!=Tn;if(Nt||Ne){let Pe=Et[0];Pe!=null&&(Hn[0]=V,jn[0]=W,ql(Pe,te,me,pe),zl(Pe,ae,Y),Zt(Pe,It(V),It(W),oe,U))}}}if(Te.show&&un)if(a!=null){let[T,M]=Fe.scales,[B,V]=Fe.match,[W,te]=a.cursor.sync.scales,me=a.cursor.drag;if(Je=me._x,Ge=me._y,Je||Ge){let{left:pe,top:ae,width:Y,height:G}=a.select,Ne=a.scales[W].ori,Pe=a.posToVal,je,ve,Ie,mt,it,Ct=T!=null&&B(T,W),Ft=M!=null&&V(M,te);Ct&&Je?(Ne==0?(je=pe,ve=Y):(je=ae,ve=G),Ie=x[T],mt=$(Pe(je,W),Ie,_,0),it=$(Pe(je+ve,W),Ie,_,0),Cr(Ut(mt,it),ze(it-mt))):Cr(0,_),Ft&&Ge?(Ne==1?(je=pe,ve=Y):(je=ae,ve=G),Ie=x[M],mt=I(Pe(je,te),Ie,k,0),it=I(Pe(je+ve,te),Ie,k,0),Dr(Ut(mt,it),ze(it-mt))):Dr(0,k)}else mi()}else{let T=ze(Ia-Ma),M=ze(La-Pa);if(R.ori==1){let te=T;T=M,M=te}Je=et.x&&T>=et.dist,Ge=et.y&&M>=et.dist;let B=et.uni;B!=null?Je&&Ge&&(Je=T>=B,Ge=M>=B,!Je&&!Ge&&(M>T?Ge=!0:Je=!0)):et.x&&et.y&&(Je||Ge)&&(Je=Ge=!0);let V,W;Je&&(R.ori==0?(V=tr,W=Ae):(V=nr,W=Re),Cr(Ut(V,W),ze(W-V)),Ge||Dr(0,k)),Ge&&(R.ori==1?(V=tr,W=Ae):(V=nr,W=Re),Dr(Ut(V,W),ze(W-V)),Je||Cr(0,_)),!Je&&!Ge&&(Cr(0,0),Dr(0,0))}if(et._x=Je,et._y=Ge,a==null){if(d){if(Ha!=null){let[T,M]=Fe.scales;Fe.values[0]=T!=null?Jt(R.ori==0?Ae:Re,T):null,Fe.values[1]=M!=null?Jt(R.ori==1?Ae:Re,M):null}Mr(Wi,r,Ae,Re,oe,U,f)}if(Jn){let T=d&&Fe.setSeries,M=Kt.prox;Tn==null?tn<=M&&qt(dn,or,!0,T):tn>M?qt(null,or,!0,T):dn!=Tn&&qt(dn,or,!0,T)}}Nt&&(ee.idx=f,di()),l!==!1&&He("setCursor")}let pn=null;Object.defineProperty(r,"rect",{get(){return pn==null&&Rr(!1),pn}});function Rr(a=!1){a?pn=null:(pn=w.getBoundingClientRect(),He("syncRect",pn))}function $a(a,l,d,f,v,_,k){K._lock||un&&a!=null&&a.movementX==0&&a.movementY==0||(pi(a,l,d,f,v,_,k,!1,a!=null),a!=null?Nn(null,!0,!0):Nn(l,!0,!1))}function pi(a,l,d,f,v,_,k,T,M){if(pn==null&&Rr(!1),xn(a),a!=null)d=a.clientX-pn.left,f=a.clientY-pn.top;else{if(d<0||f<0){Ae=-10,Re=-10;return}let[B,V]=Fe.scales,W=l.cursor.sync,[te,me]=W.values,[pe,ae]=W.scales,[Y,G]=Fe.match,Ne=l.axes[0].side%2==1,Pe=R.ori==0?oe:U,je=R.ori==1?oe:U,ve=Ne?_:v,Ie=Ne?v:_,mt=Ne?f:d,it=Ne?d:f;if(pe!=null?d=Y(B,pe)?c(te,x[B],Pe,0):-10:d=Pe*(mt/ve),ae!=null?f=G(V,ae)?c(me,x[V],je,0):-10:f=je*(it/Ie),R.ori==1){let Ct=d;d=f,f=Ct}}M&&(l==null||l.cursor.event.type==Wi)&&((d<=1||d>=oe-1)&&(d=Ln(d,oe)),(f<=1||f>=U-1)&&(f=Ln(f,U))),T?(Ma=d,Pa=f,[tr,nr]=K.move(r,d,f)):(Ae=d,Re=f)}let fi={width:0,height:0,left:0,top:0};function mi(){io(fi,!1)}let Ba,Va,Ua,Wa;function za(a,l,d,f,v,_,k){un=!0,Je=Ge=et._x=et._y=!1,pi(a,l,d,f,v,_,k,!0,!1),a!=null&&(ot(zi,Hi,Ka,!1),Mr(Ol,r,tr,nr,oe,U,null));let{left:T,top:M,width:B,height:V}=Te;Ba=T,Va=M,Ua=B,Wa=V}function Ka(a,l,d,f,v,_,k){un=et._x=et._y=!1,pi(a,l,d,f,v,_,k,!1,!0);let{left:T,top:M,width:B,height:V}=Te,W=B>0||V>0,te=Ba!=T||Va!=M||Ua!=B||Wa!=V;if(W&&te&&io(Te),et.setScale&&W&&te){let me=T,pe=B,ae=M,Y=V;if(R.ori==1&&(me=M,pe=V,ae=T,Y=B),Je&&cn(O,Jt(me,O),Jt(me+pe,O)),Ge)for(let G in x){let Ne=x[G];G!=O&&Ne.from==null&&Ne.min!=Se&&cn(G,Jt(ae+Y,G),Jt(ae,G))}mi()}else K.lock&&(K._lock=!K._lock,Nn(l,!0,a!=null));a!=null&&(zn(zi,Hi),Mr(zi,r,Ae,Re,oe,U,null))}function Bc(a,l,d,f,v,_,k){if(K._lock)return;xn(a);let T=un;if(un){let M=!0,B=!0,V=10,W,te;R.ori==0?(W=Je,te=Ge):(W=Ge,te=Je),W&&te&&(M=Ae<=V||Ae>=oe-V,B=Re<=V||Re>=U-V),W&&M&&(Ae=Ae<tr?0:oe),te&&B&&(Re=Re<nr?0:U),Nn(null,!0,!0),un=!1}Ae=-10,Re=-10,ie.fill(null),Nn(null,!0,!0),T&&(un=T)}function qa(a,l,d,f,v,_,k){K._lock||(xn(a),Qo(),mi(),a!=null&&Mr(Bl,r,Ae,Re,oe,U,null))}function Ja(){N.forEach(Of),jo(r.width,r.height,!0)}$n(Po,gr,Ja);let ir={};ir.mousedown=za,ir.mousemove=$a,ir.mouseup=Ka,ir.dblclick=qa,ir.setSeries=(a,l,d,f)=>{let v=Fe.match[2];d=v(r,l,d),d!=-1&&qt(d,f,!0,!1)},de&&(ot(Ol,w,za),ot(Wi,w,$a),ot(Fl,w,a=>{xn(a),Rr(!1)}),ot($l,w,Bc),ot(Bl,w,qa),na.add(r),r.syncRect=Rr);let ao=r.hooks=e.hooks||{};function He(a,l,d){si?Er.push([a,l,d]):a in ao&&ao[a].forEach(f=>{f.call(null,r,l,d)})}(e.plugins||[]).forEach(a=>{for(let l in a.hooks)ao[l]=(ao[l]||[]).concat(a.hooks[l])});let Ga=(a,l,d)=>d,Fe=Be({key:null,setSeries:!1,filters:{pub:Ql,sub:Ql},scales:[O,S[1]?S[1].scale:null],match:[Yl,Yl,Ga],values:[null,null]},K.sync);Fe.match.length==2&&Fe.match.push(Ga),K.sync=Fe;let Ha=Fe.key,gi=Gu(Ha);function Mr(a,l,d,f,v,_,k){Fe.filters.pub(a,l,d,f,v,_,k)&&gi.pub(a,l,d,f,v,_,k)}gi.sub(r);function Vc(a,l,d,f,v,_,k){Fe.filters.sub(a,l,d,f,v,_,k)&&ir[a](null,l,d,f,v,_,k)}r.pub=Vc;function Uc(){gi.unsub(r),na.delete(r),vn.clear(),Yi(Po,gr,Ja),m.remove(),ce?.remove(),He("destroy")}r.destroy=Uc;function hi(){He("init",e,t),xa(t||e.data,!1),L[O]?li(O,L[O]):Qo(),Xr=Te.show&&(Te.width>0||Te.height>0),wn=Nt=!0,jo(e.width,e.height)}return S.forEach(ka),N.forEach(vc),n?n instanceof HTMLElement?(n.appendChild(m),hi()):n(r,hi):hi(),r}tt.assign=Be;tt.fmtNum=ua;tt.rangeNum=Io;tt.rangeLog=Fo;tt.rangeAsinh=sa;tt.orient=Vn;tt.pxRatio=ge;tt.join=Tp;tt.fmtDate=da,tt.tzDate=Fp;tt.sync=Gu;{tt.addGap=_f,tt.clipGaps=Vo;let e=tt.paths={points:Xu};e.linear=tc,e.stepped=wf,e.bars=xf,e.spline=Tf}var ya="dupligraph.theme";function Ff(){try{let e=localStorage.getItem(ya);return e==="light"||e==="dark"?e:"auto"}catch{return"auto"}}var wr=Mt(Ff()),xr=Mt(0);function ic(){matchMedia("(prefers-color-scheme: dark)").addEventListener("change",()=>xr.set(xr.get()+1))}function va(e){e==="auto"?delete document.documentElement.dataset.theme:document.documentElement.dataset.theme=e}function ac(){let e=["auto","light","dark"],t=e[(e.indexOf(wr.get())+1)%e.length];try{t==="auto"?localStorage.removeItem(ya):localStorage.setItem(ya,t)}catch{}wr.set(t),va(t),xr.set(xr.get()+1)}function jr(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function Qr({title:e,times:t,values:n,format:r,formatTick:i=r}){let s=Fr(null),u=Qe(xr);lt(()=>{let p=s.current;if(!p||t.length===0)return;let m={stroke:jr("--text-muted"),grid:{stroke:jr("--border")},ticks:{stroke:jr("--border")}},h=new tt({width:Math.max(p.clientWidth,200),height:180,legend:{show:!1},cursor:{show:!0,drag:{x:!1,y:!1}},scales:{x:{time:!0}},axes:[m,{...m,size:80,values:(g,y)=>y.map(i)}],series:[{},{label:e,stroke:jr("--accent"),fill:`${jr("--accent")}33`,width:2,points:{show:t.length<60},value:(g,y)=>y==null?"—":r(y)}]},[t,n],p),b=new ResizeObserver(()=>h.setSize({width:Math.max(p.clientWidth,200),height:180}));return b.observe(p),()=>{b.disconnect(),h.destroy()}},[t,n,e,r,i,u]);let c=n.at(-1);return o("figure",{class:"chart",children:[o("figcaption",{children:[o("strong",{children:e}),o("span",{class:"muted",children:t.length===0?" no runs yet":` latest ${r(c??0)}, ${t.length} point${t.length===1?"":"s"}`})]}),o("div",{ref:s,class:"chart-canvas",role:"img","aria-label":`${e} over time`})]})}function Ko({points:e}){let t=ar(()=>({times:e.map(n=>new Date(n.startAt).getTime()/1e3),uploaded:e.map(n=>n.uploadedSize),stored:e.map(n=>n.storageSize),duration:e.map(n=>n.durationMilliseconds/1e3),files:e.map(n=>n.fileCount)}),[e]);return o("section",{"aria-labelledby":"charts-title",children:[o("h2",{id:"charts-title",children:"Over time"}),o("div",{class:"charts",children:[o(Qr,{title:"Uploaded",times:t.times,values:t.uploaded,format:Qt}),o(Qr,{title:"Stored at destination",times:t.times,values:t.stored,format:Qt}),o(Qr,{title:"Duration",times:t.times,values:t.duration,format:ko,formatTick:ml}),o(Qr,{title:"Files",times:t.times,values:t.files,format:_t})]})]})}var qo=10;function Jo({owner:e,id:t}){let[n,r]=E({first:qo}),[i,s]=E(1),u=vt(tl,{id:t,...n},{skip:e!=="job"}),c=vt(nl,{id:t,...n},{skip:e!=="server"}),p=e==="job"?u:c,h=p.data?.node?.backups;if(p.error&&!h)return o("p",{class:"error",children:["Could not read the runs: ",p.error.message]});if(!h)return o("p",{"aria-busy":"true",children:"Loading runs…"});let b=Math.max(1,Math.ceil(h.totalCount/qo));return o("div",{class:"run-history",children:[o("div",{class:"table-scroll",children:o("table",{class:"runs",children:[o("caption",{class:"visually-hidden",children:"Runs, newest first"}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Started"}),o("th",{scope:"col",children:"Status"}),o("th",{scope:"col",children:"Duration"}),o("th",{scope:"col",children:"Uploaded"}),o("th",{scope:"col",children:"Stored"}),o("th",{scope:"col",children:"Files"}),o("th",{scope:"col",children:"Warnings / errors"}),o("th",{scope:"col",children:o("span",{class:"visually-hidden",children:"Details"})})]})}),o("tbody",{children:h.nodes.map(g=>o($f,{run:g,showJob:e==="server"},g.id))})]})}),o("nav",{class:"pager","aria-label":"Run history pages",children:[o("button",{type:"button",disabled:i===1,onClick:()=>{r({last:qo,before:h.pageInfo.startCursor}),s(i-1)},children:"Newer runs"}),o("span",{class:"page-number",children:["Page ",i," of ",b," (",_t(h.totalCount)," runs)"]}),o("button",{type:"button",disabled:!h.pageInfo.hasNextPage,onClick:()=>{r({first:qo,after:h.pageInfo.endCursor}),s(i+1)},children:"Older runs"})]})]})}function $f({run:e,showJob:t}){let[n,r]=E(!1),i=`run-details-${e.id}`;return o(ye,{children:[o("tr",{"data-run-id":e.id,children:[o("td",{children:[Ee(e.startedAt),t&&o("div",{class:"muted",children:e.backupName})]}),o("td",{children:o(No,{status:e.status})}),o("td",{children:ko(e.durationMilliseconds/1e3)}),o("td",{children:Qt(e.uploadedSize)}),o("td",{children:Qt(e.knownFileSize)}),o("td",{children:_t(e.examinedFiles)}),o("td",{children:[e.warningCount," / ",e.errorCount]}),o("td",{children:o("button",{type:"button",class:"link","aria-expanded":n,"aria-controls":i,onClick:()=>r(!n),children:n?"Hide":"Details"})})]}),n&&o("tr",{id:i,class:"run-details",children:o("td",{colSpan:8,children:o(Bf,{run:e})})})]})}function Bf({run:e}){let[t,n]=E(null),[r,i]=E(null);return o("div",{class:"details",children:[o("p",{children:["Ended ",Ee(e.endedAt)," · examined ",Qt(e.sizeOfExaminedFiles)," · Duplicati ",e.version??"unknown"]}),e.errorMessages.length>0&&o(sc,{title:"Errors",lines:e.errorMessages}),e.warningMessages.length>0&&o(sc,{title:"Warnings",lines:e.warningMessages}),t===null?o("button",{type:"button",onClick:()=>ue(rl,{id:e.id}).then(s=>n(s.node?.logLines??[]),s=>i(s.message)),children:"Show log"}):o("pre",{class:"log",children:t.length?t.join(`
`):"No log lines were reported."}),r&&o("p",{class:"error",children:r})]})}function sc({title:e,lines:t}){return o("div",{children:[o("h4",{children:e}),o("ul",{class:"messages",children:t.map((n,r)=>o("li",{children:n},r))})]})}function lc({id:e}){let{data:t,error:n,refetch:r}=vt(Xs,{id:e}),i=t?.node&&"backupName"in t.node?t.node:null;if(!t)return n?o("p",{class:"error",children:["Could not read the job: ",n.message]}):o("p",{"aria-busy":"true",children:"Loading…"});if(!i)return o("p",{class:"card",children:"No backup job has this id (it may have been deleted)."});let{schedule:s,overdue:u}=i,c=i.server.alias||i.server.name;return o(ye,{children:[o("nav",{"aria-label":"Breadcrumb",class:"breadcrumb",children:[o("a",{href:Ye.overview(),children:"Overview"})," / ",o("a",{href:Ye.server(i.server.id),children:c})," /"]}),o("h1",{children:[i.backupName," ",u.isOverdue&&o(Eo,{since:u.becameOverdueAt})]}),o("div",{class:"columns",children:[o("section",{class:"card","aria-labelledby":"state-title",children:[o("h2",{id:"state-title",children:"State"}),o("dl",{children:[o("dt",{children:"Last run"}),o("dd",{title:Ee(i.lastBackupAt),children:Pn(i.lastBackupAt)}),o("dt",{children:"Next expected"}),o("dd",{children:Ee(u.nextExpectedAt)}),o("dt",{children:"Late after"}),o("dd",{children:Ee(u.deadlineAt)}),o("dt",{children:"Overdue"}),o("dd",{children:u.isOverdue?`yes, since ${Ee(u.becameOverdueAt)}`:"no"}),o("dt",{children:"Runs stored"}),o("dd",{children:i.runCount})]})]}),o("section",{class:"card","aria-labelledby":"schedule-title",children:[o("h2",{id:"schedule-title",children:"Schedule"}),o("dl",{children:[o("dt",{children:"Expected every"}),o("dd",{children:s.expectedInterval}),o("dt",{children:"On"}),o("dd",{children:[s.allowedWeekdays.length===7||s.allowedWeekdays.length===0?"every day":s.allowedWeekdays.map(p=>wo[p]).join(", ")," ","(UTC)"]}),o("dt",{children:"Tolerance"}),o("dd",{children:[s.effectiveToleranceMilliseconds/6e4," min",s.toleranceOverrideMilliseconds===null&&" (global default)"]}),o("dt",{children:"Overdue check"}),o("dd",{children:s.overdueCheckEnabled?"on":"off"}),o("dt",{children:"Warning alerts"}),o("dd",{children:s.notificationLevel.toLowerCase()})]}),o("p",{children:o("a",{href:Ye.admin(),children:"Change in Admin"})})]})]}),o(Ko,{points:i.history}),o("section",{"aria-labelledby":"alerts-title",children:[o("h2",{id:"alerts-title",children:"Alerts"}),o(To,{alerts:i.alerts.nodes,onChange:r})]}),o("section",{"aria-labelledby":"runs-title",children:[o("h2",{id:"runs-title",children:"Run history"}),o(Jo,{owner:"job",id:i.id})]})]})}function Go({jobs:e,caption:t}){let n=Qe(cr);return e.length===0?o("p",{class:"muted",children:"No backup jobs."}):o("table",{class:"jobs",children:[o("caption",{class:"visually-hidden",children:t}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Job"}),o("th",{scope:"col",children:"Status"}),o("th",{scope:"col",children:"Last run"}),o("th",{scope:"col",children:"Next expected"})]})}),o("tbody",{children:e.map(r=>{let i=r.latestBackup?.status;return o("tr",{class:n.has(r.id)?"flash":void 0,"data-job-id":r.id,"data-job-name":r.backupName,"data-status":i??"NONE","data-overdue":String(r.overdue.isOverdue),children:[o("th",{scope:"row","data-label":"Job",children:o("a",{href:Ye.job(r.id),children:r.backupName})}),o("td",{"data-label":"Status",children:[o(No,{status:i})," ",r.overdue.isOverdue&&o(Eo,{since:r.overdue.becameOverdueAt})]}),o("td",{"data-label":"Last run",title:Ee(r.lastBackupAt),children:Pn(r.lastBackupAt)}),o("td",{"data-label":"Next expected",title:Ee(r.overdue.nextExpectedAt),children:r.overdue.nextExpectedAt?Pn(r.overdue.nextExpectedAt):"—"})]},r.id)})})]})}async function Vf(){let e=await ue(Ys,{}),t=[...e.servers.nodes],n=e.servers.pageInfo;for(;n.hasNextPage&&n.endCursor;){let r=await ue(Zs,{after:n.endCursor});t.push(...r.servers.nodes),n=r.servers.pageInfo}return{...e,servers:t}}function uc(){let{data:e,error:t}=Fi(Vf,"overview"),[n,r]=E(""),[i,s]=E("ALL"),[u,c]=E(!1),[p,m]=E("ALL"),h=ar(()=>{let g=n.trim().toLowerCase();return(e?.servers??[]).filter(y=>p==="ALL"||y.id===p).map(y=>{let w=!g||`${y.name} ${y.alias}`.toLowerCase().includes(g),C=y.backupJobs.filter(A=>(w||A.backupName.toLowerCase().includes(g))&&(i==="ALL"||(A.latestBackup?.status??"NONE")===i)&&(!u||A.overdue.isOverdue));return{server:y,jobs:C,visible:!(g||i!=="ALL"||u)||C.length>0}}).filter(y=>y.visible)},[e,n,i,u,p]);if(!e)return t?o("p",{class:"error",children:["Could not read the overview: ",t.message]}):o("p",{"aria-busy":"true",children:"Loading…"});let{summary:b}=e;return o(ye,{children:[o("h1",{children:"Overview"}),t&&o("p",{class:"error",role:"alert",children:["Could not refresh: ",t.message]}),o("ul",{class:"tiles","aria-label":"Summary",children:[o(yn,{label:"Servers",value:_t(b.totalServers)}),o(yn,{label:"Backup jobs",value:_t(b.totalBackupJobs)}),o(yn,{label:"Runs stored",value:_t(b.totalBackupRuns)}),o(yn,{label:"Overdue jobs",value:_t(b.overdueBackupJobCount),alert:b.overdueBackupJobCount>0}),o(yn,{label:"Open alerts",value:_t(e.activeAlerts.totalCount),alert:e.activeAlerts.totalCount>0}),o(yn,{label:"Stored at destinations",value:Qt(b.totalStorageUsed)}),o(yn,{label:"Uploaded",value:Qt(b.totalUploadedSize)}),o(yn,{label:"Last backup",value:Pn(b.lastBackupAt),title:Ee(b.lastBackupAt)})]}),o("form",{class:"filters","aria-label":"Filter jobs",onSubmit:g=>g.preventDefault(),children:[o("div",{class:"field",children:[o("label",{for:"filter-search",children:"Search"}),o("input",{id:"filter-search",type:"search",placeholder:"Server or job name",value:n,onInput:g=>r(g.currentTarget.value)})]}),o("div",{class:"field",children:[o("label",{for:"filter-status",children:"Status"}),o("select",{id:"filter-status",value:i,onChange:g=>s(g.currentTarget.value),children:[o("option",{value:"ALL",children:"All"}),Object.keys(Br).map(g=>o("option",{value:g,children:Br[g]},g))]})]}),o("div",{class:"field",children:[o("label",{for:"filter-server",children:"Server"}),o("select",{id:"filter-server",value:p,onChange:g=>m(g.currentTarget.value),children:[o("option",{value:"ALL",children:"All servers"}),e.servers.map(g=>o("option",{value:g.id,children:g.alias||g.name},g.id))]})]}),o("label",{class:"check",children:[o("input",{type:"checkbox",checked:u,onChange:g=>c(g.currentTarget.checked)}),"Only overdue"]})]}),e.servers.length===0&&o("p",{class:"card",children:["No server has reported yet. Point Duplicati at ",o("code",{children:`${location.origin}/api/upload`})," (see the README)."]}),e.servers.length>0&&h.length===0&&o("p",{class:"muted",children:"No job matches these filters."}),o("div",{class:"servers",children:h.map(({server:g,jobs:y})=>o("section",{class:"card server","data-server-id":g.id,"aria-labelledby":`server-${g.id}`,children:[o("h2",{id:`server-${g.id}`,children:[o("a",{href:Ye.server(g.id),children:g.alias||g.name}),g.alias&&o("span",{class:"muted",children:[" (",g.name,")"]})]}),o(Go,{jobs:y,caption:`Backup jobs of ${g.alias||g.name}`})]},g.id))})]})}function yn({label:e,value:t,alert:n,title:r}){return o("li",{class:`tile${n?" tile-alert":""}`,title:r,children:[o("span",{class:"tile-value",children:t}),o("span",{class:"tile-label",children:e})]})}function Uf(e){return/^https?:\/\//i.test(e)?e:null}function cc({id:e}){let{data:t,error:n,refetch:r}=vt(el,{id:e}),i=t?.node&&"serverId"in t.node?t.node:null;if(!t)return n?o("p",{class:"error",children:["Could not read the server: ",n.message]}):o("p",{"aria-busy":"true",children:"Loading…"});if(!i)return o("p",{class:"card",children:"No server has this id (it may have been deleted or merged)."});let s=Uf(i.url);return o(ye,{children:[o("nav",{"aria-label":"Breadcrumb",class:"breadcrumb",children:[o("a",{href:Ye.overview(),children:"Overview"})," /"]}),o("h1",{children:i.alias||i.name}),o("section",{class:"card","aria-labelledby":"details-title",children:[o("h2",{id:"details-title",children:"Details"}),o("dl",{children:[o("dt",{children:"Machine name"}),o("dd",{children:i.name}),o("dt",{children:"Machine id"}),o("dd",{children:o("code",{children:i.serverId})}),o("dt",{children:"First report"}),o("dd",{children:Ee(i.createdAt)}),i.note&&o(ye,{children:[o("dt",{children:"Note"}),o("dd",{children:i.note})]}),s&&o(ye,{children:[o("dt",{children:"Duplicati"}),o("dd",{children:o("a",{href:s,rel:"noreferrer noopener",target:"_blank",children:s})})]})]})]}),o("section",{class:"card","aria-labelledby":"jobs-title",children:[o("h2",{id:"jobs-title",children:"Backup jobs"}),o(Go,{jobs:i.backupJobs,caption:`Backup jobs of ${i.alias||i.name}`})]}),o(Ko,{points:i.history}),o("section",{"aria-labelledby":"alerts-title",children:[o("h2",{id:"alerts-title",children:"Open alerts"}),o(To,{alerts:t.alerts.nodes,onChange:r})]}),o("section",{"aria-labelledby":"runs-title",children:[o("h2",{id:"runs-title",children:"Run history"}),o(Jo,{owner:"server",id:i.id})]})]})}function dc(){let e=hl(),t=Qe(Rn),n=Qe(jt),r=Qe(wr);return lt(()=>cl(),[n]),lt(()=>{document.title=`${zf(e)} · dupligraph`,document.getElementById("main")?.focus({preventScroll:!0})},[e]),o(ye,{children:[o("button",{type:"button",class:"skip-link",onClick:()=>document.getElementById("main")?.focus(),children:"Skip to content"}),o("header",{class:"top",children:[o("a",{class:"brand",href:Ye.overview(),children:"dupligraph"}),o("nav",{"aria-label":"Main",children:[o("a",{href:Ye.overview(),"aria-current":e.page==="overview"?"page":void 0,children:"Overview"}),o("a",{href:Ye.admin(),"aria-current":e.page==="admin"?"page":void 0,children:"Admin"}),o("a",{href:"/graphql",children:"GraphiQL"})]}),o("button",{type:"button",class:"theme-toggle",onClick:ac,"aria-label":`Colour theme: ${r}. Change`,children:["Theme: ",r]})]}),o(dl,{}),o("main",{id:"main",tabIndex:-1,children:t==="read"?o(Mn,{kind:"read"}):o(Wf,{route:e})}),o(pl,{})]})}function Wf({route:e}){switch(e.page){case"overview":return o(uc,{});case"server":return o(cc,{id:e.id},e.id);case"job":return o(lc,{id:e.id},e.id);case"admin":return o(Ml,{section:e.section});case"not-found":return o("p",{class:"card",children:["Nothing here (",o("code",{children:e.path}),"). ",o("a",{href:Ye.overview(),children:"Back to the overview"})]})}}function zf(e){return{overview:"Overview",server:"Server",job:"Backup job",admin:"Admin","not-found":"Not found"}[e.page]}va(wr.get());ic();ls(o(dc,{}),document.getElementById("app"));
